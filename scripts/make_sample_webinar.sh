#!/usr/bin/env bash
# make_sample_webinar.sh — builds the recorded webinar of the bundled sample course
# "Digital skills for librarians: an orientation" (course_packages/digital-skills-orientation),
# item m3-webinar (kind "webinar", docs/package-format.md "Weeks, pre- and post-tests,
# webinars"), made like the sample video (scripts/make_sample_video.sh).
#
# What it does
#   1. draws five 1280x720 slides as SVG, in English and in Latvian, and renders them with
#      rsvg-convert: the English ones are the video's frames, and each language's five
#      slides are joined into one PDF (the slides item shown beside the webinar, m3-webinar-slides);
#   2. speaks one narration line per slide with espeak-ng, in three voices (a host and two
#      invited speakers);
#   3. times every slide to its narration (speech + a short pause), joins them with short
#      fades into one H.264/AAC MP4 (1280x720, 25 fps, yuv420p, faststart);
#   4. writes WebVTT subtitles in English and Latvian (the searchable transcript; each line
#      starts with its speaker's name), WebVTT chapters in both languages (one cue per
#      slide, the cue's text is the chapter's title) and a poster PNG (the title slide).
#
# Output (overwritten on every run; nothing else is touched):
#   course_packages/digital-skills-orientation/media/video/webinar-community.mp4
#   course_packages/digital-skills-orientation/media/video/webinar-community.{en,lv}.vtt
#   course_packages/digital-skills-orientation/media/video/webinar-community-chapters.{en,lv}.vtt
#   course_packages/digital-skills-orientation/media/video/webinar-community-poster.png
#   course_packages/digital-skills-orientation/media/pdf/webinar-community-slides.{en,lv}.pdf
#
# Requirements (Debian/Ubuntu, no display needed):
#   apt-get update && apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core
#
# Usage: scripts/make_sample_webinar.sh      (same input, same video and subtitles; ~10 s)
# The script fails if the MP4 ends up outside 20-40 s or at 1.5 MB or more.
set -euo pipefail
cd "$(dirname "$0")/.."

COURSE=course_packages/digital-skills-orientation
OUT=$COURSE/media/video
PDF_OUT=$COURSE/media/pdf
NAME=webinar-community
W=1280
H=720
FPS=25
PAUSE=0.5       # seconds of silence after each narration line
FADE=0.3        # fade in/out per slide, seconds
SPEED=170       # espeak-ng words per minute

for tool in ffmpeg ffprobe espeak-ng rsvg-convert awk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: $tool not found; install with: apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core" >&2
    exit 1
  fi
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT" "$PDF_OUT"

# ------------------------------------------------------------- speakers ----
# The host and two invited experts (invented for the sample). Voices: espeak-ng variants.
HOST="Host"; HOST_LV="Vadītājs"
ILZE="Ilze Kalniņa"
MARCO="Marco Rossi"
VOICE_HOST=en-gb
VOICE_ILZE=en-gb+f3
VOICE_MARCO=en-us+m3

# Per slide: the voice, the narration (spoken, English), the speaker shown in the
# subtitles, English and Latvian subtitle text, and the chapter titles.
VOICES=("$VOICE_HOST" "$VOICE_ILZE" "$VOICE_MARCO" "$VOICE_ILZE" "$VOICE_HOST")
SPEAKER_EN=("$HOST" "$ILZE" "$MARCO" "$ILZE" "$HOST")
SPEAKER_LV=("$HOST_LV" "$ILZE" "$MARCO" "$ILZE" "$HOST_LV")
NARR=(
  "Welcome to the week three webinar: the library as a community centre."
  "Start by listening. Short surveys and talks at the desk show what people need."
  "Our digital help desk opens twice a week. Users type, and keep control of their accounts."
  "Count visits and topics, never names, and improve the service every term."
  "Which need could your library meet next month? The slides are beside this video."
)
SUB_EN=(
  "Welcome to the week 3 webinar: the library as a community centre."
  "Start by listening. Short surveys and talks at the desk show what people need."
  "Our digital help desk opens twice a week. Users type, and keep control of their accounts."
  "Count visits and topics, never names, and improve the service every term."
  "Which need could your library meet next month? The slides are beside this video."
)
SUB_LV=(
  "Laipni lūdzam 3. nedēļas vebinārā: bibliotēka kā kopienas centrs."
  "Sāciet ar klausīšanos. Īsas aptaujas un sarunas pie apkalpošanas galda parāda, kas cilvēkiem vajadzīgs."
  "Mūsu digitālā atbalsta punkts strādā divreiz nedēļā. Lietotāji raksta paši un saglabā kontroli pār saviem kontiem."
  "Skaitiet apmeklējumus un tēmas, nekad ne vārdus, un uzlabojiet pakalpojumu katru semestri."
  "Kuru vajadzību jūsu bibliotēka varētu apmierināt nākammēnes? Slaidi ir blakus šim video."
)
CHAPTER_EN=("Welcome" "Listening to the community" "A digital help desk" "Measuring what works"
            "A question to take home")
CHAPTER_LV=("Ievads" "Ieklausīties kopienā" "Digitālā atbalsta punkts" "Kā mērīt, kas izdodas"
            "Jautājums pārdomām")

FONT="DejaVu Sans, sans-serif"
NAVY="#1d3557"; BG="#f6f8fb"; CECO="#d9651b"; DIGY="#127a7a"; ACCENT="#e63946"

# svg_text X Y SIZE WEIGHT FILL TEXT  (anchor start)
svg_text() {
  printf '<text x="%s" y="%s" font-family="%s" font-size="%s" font-weight="%s" fill="%s">%s</text>\n' \
    "$1" "$2" "$FONT" "$3" "$4" "$5" "$6"
}

svg_open() {
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n' $W $H $W $H
}

# card FILE BAND KICKER TITLE SPEAKER LINE...
card() {
  local file=$1 band=$2 kicker=$3 title=$4 speaker=$5; shift 5
  {
    svg_open
    printf '<rect width="%d" height="%d" fill="%s"/>\n' $W $H "$BG"
    printf '<rect width="40" height="%d" fill="%s"/>\n' $H "$band"
    printf '<rect x="40" y="%d" width="%d" height="12" fill="%s" opacity="0.35"/>\n' $((H-12)) $((W-40)) "$band"
    svg_text 110 130 32 bold "$band" "$kicker"
    svg_text 110 215 60 bold "$NAVY" "$title"
    local y=320 line
    for line in "$@"; do
      printf '<circle cx="128" cy="%d" r="10" fill="%s"/>\n' $((y-14)) "$band"
      svg_text 160 "$y" 40 normal "$NAVY" "$line"
      y=$((y+72))
    done
    printf '<rect x="%d" y="%d" width="%d" height="56" rx="28" fill="%s"/>\n' 110 $((H-110)) 460 "$NAVY"
    svg_text 140 $((H-72)) 28 bold "#ffffff" "$speaker"
    printf '</svg>\n'
  } >"$file"
}

# slides LANG: writes $TMP/LANG-slide{1..5}.svg
slides() {
  local lang=$1
  if [[ $lang == en ]]; then
    local kicker="BIBLIO webinar · week 3" t1="The library as a" t2="community centre"
    local with="With Ilze Kalniņa (Latvia) and Marco Rossi (Italy)"
    local k2="Chapter 1" k3="Chapter 2" k4="Chapter 3" k5="Chapter 4"
  else
    local kicker="BIBLIO vebinārs · 3. nedēļa" t1="Bibliotēka kā" t2="kopienas centrs"
    local with="Piedalās Ilze Kalniņa (Latvija) un Marco Rossi (Itālija)"
    local k2="1. nodaļa" k3="2. nodaļa" k4="3. nodaļa" k5="4. nodaļa"
  fi
  {
    svg_open
    printf '<rect width="%d" height="%d" fill="%s"/>\n' $W $H "$NAVY"
    printf '<rect x="0" y="%d" width="%d" height="18" fill="%s"/>\n' $((H-36)) $((W/2)) "$CECO"
    printf '<rect x="%d" y="%d" width="%d" height="18" fill="%s"/>\n' $((W/2)) $((H-36)) $((W/2)) "$DIGY"
    svg_text 110 170 34 bold "#f4a261" "$kicker"
    svg_text 110 300 84 bold "#ffffff" "$t1"
    svg_text 110 400 84 bold "#ffffff" "$t2"
    svg_text 110 520 34 normal "#dbe7f3" "$with"
    printf '</svg>\n'
  } >"$TMP/$lang-slide1.svg"
  if [[ $lang == en ]]; then
    card "$TMP/en-slide2.svg" "$CECO" "$k2" "Listening to the community" "$ILZE" \
      "Short surveys, on paper and online" "A suggestion box at the entrance" "Talks at the lending desk"
    card "$TMP/en-slide3.svg" "$DIGY" "$k3" "A digital help desk" "$MARCO" \
      "Twice a week, with volunteers" "The user types; we explain each step" "Log out of every account afterwards"
    card "$TMP/en-slide4.svg" "$ACCENT" "$k4" "Measuring what works" "$ILZE" \
      "Count visits and topics, never names" "Ask three questions after a session" "Change one thing every term"
    card "$TMP/en-slide5.svg" "$CECO" "$k5" "A question to take home" "$HOST" \
      "Pick one need of your community" "Plan a small service for next month" "Bring your idea to week 4"
  else
    card "$TMP/lv-slide2.svg" "$CECO" "$k2" "Ieklausīties kopienā" "$ILZE" \
      "Īsas aptaujas uz papīra un tiešsaistē" "Ieteikumu kaste pie ieejas" "Sarunas pie apkalpošanas galda"
    card "$TMP/lv-slide3.svg" "$DIGY" "$k3" "Digitālā atbalsta punkts" "$MARCO" \
      "Divreiz nedēļā, ar brīvprātīgajiem" "Lietotājs raksta, mēs skaidrojam" "Pēc tam izrakstīties no visiem kontiem"
    card "$TMP/lv-slide4.svg" "$ACCENT" "$k4" "Kā mērīt, kas izdodas" "$ILZE" \
      "Skaitīt apmeklējumus un tēmas, ne vārdus" "Pēc nodarbības uzdot trīs jautājumus" "Katru semestri mainīt vienu lietu"
    card "$TMP/lv-slide5.svg" "$CECO" "$k5" "Jautājums pārdomām" "$HOST_LV" \
      "Izvēlieties vienu kopienas vajadzību" "Plānojiet nelielu pakalpojumu nākammēnesim" "Pastāstiet par ieceri 4. nedēļā"
  fi
}

for lang in en lv; do
  slides "$lang"
  # one PDF per language: the five slides as pages (1280x720 px = 960x540 pt)
  rsvg-convert -f pdf -o "$TMP/$NAME-slides.$lang.pdf" "$TMP/$lang"-slide{1..5}.svg
done
for i in 1 2 3 4 5; do
  rsvg-convert -w $W -h $H -o "$TMP/frame$i.png" "$TMP/en-slide$i.svg"
done

# ------------------------------------------------------------- narration ----
n=${#NARR[@]}
durs=()
for ((i = 0; i < n; i++)); do
  espeak-ng -v "${VOICES[$i]}" -s "$SPEED" -w "$TMP/voice$i.wav" "${NARR[$i]}"
  s=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$TMP/voice$i.wav")
  durs+=("$(awk -v s="$s" -v p="$PAUSE" 'BEGIN { printf "%.2f", s + p + 0.3 }')")
done

# ----------------------------------------------------------------- video ----
inputs=()
filters=""
concat=""
for ((i = 0; i < n; i++)); do
  inputs+=(-loop 1 -framerate $FPS -t "${durs[$i]}" -i "$TMP/frame$((i + 1)).png")
done
for ((i = 0; i < n; i++)); do
  inputs+=(-i "$TMP/voice$i.wav")
done
for ((i = 0; i < n; i++)); do
  d=${durs[$i]}
  fo=$(awk -v d="$d" -v f="$FADE" 'BEGIN { printf "%.2f", d - f }')
  filters+="[$i:v]scale=$W:$H,setsar=1,format=yuv420p,fade=t=in:st=0:d=$FADE,fade=t=out:st=$fo:d=$FADE[v$i];"
  filters+="[$((n + i)):a]aresample=44100,adelay=300:all=1,apad=whole_dur=$d,atrim=0:$d,asetpts=N/SR/TB[a$i];"
  concat+="[v$i][a$i]"
done
filters+="${concat}concat=n=$n:v=1:a=1[v][a]"

ffmpeg -nostdin -loglevel error -y "${inputs[@]}" -filter_complex "$filters" -map "[v]" -map "[a]" \
  -c:v libx264 -preset medium -tune stillimage -crf 28 -r $FPS -g $((FPS * 4)) -pix_fmt yuv420p \
  -profile:v high -level 4.0 \
  -c:a aac -b:a 48k -ac 1 -ar 44100 \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -movflags +faststart "$TMP/$NAME.mp4"
mv "$TMP/$NAME.mp4" "$OUT/$NAME.mp4"
cp "$TMP/frame1.png" "$OUT/$NAME-poster.png"
for lang in en lv; do
  mv "$TMP/$NAME-slides.$lang.pdf" "$PDF_OUT/$NAME-slides.$lang.pdf"
done

# ------------------------------------------------------ subtitles, chapters ----
ts() { awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5); h = int(ms / 3600000); ms -= h * 3600000;
  m = int(ms / 60000); ms -= m * 60000; s = int(ms / 1000); ms -= s * 1000;
  printf "%02d:%02d:%02d.%03d", h, m, s, ms }'; }

# write_vtt FILE TEXT_ARRAY [SPEAKER_ARRAY]: one cue per slide; subtitles are trimmed to
# the speech, chapters run from the slide's first frame to its last
write_vtt() {
  local file=$1
  local -n texts=$2
  local speakers_name=${3:-}
  local start=0 i a b text
  {
    printf 'WEBVTT\n\n'
    for ((i = 0; i < n; i++)); do
      if [[ -n $speakers_name ]]; then
        local -n who=$speakers_name
        a=$(awk -v s="$start" 'BEGIN { printf "%.3f", s + 0.25 }')
        b=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d - 0.15 }')
        text="${who[$i]}: ${texts[$i]}"
      else
        a=$start
        b=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d }')
        text="${texts[$i]}"
      fi
      printf '%d\n%s --> %s\n%s\n\n' $((i + 1)) "$(ts "$a")" "$(ts "$b")" "$text"
      start=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d }')
    done
  } >"$file"
}
write_vtt "$OUT/$NAME.en.vtt" SUB_EN SPEAKER_EN
write_vtt "$OUT/$NAME.lv.vtt" SUB_LV SPEAKER_LV
write_vtt "$OUT/$NAME-chapters.en.vtt" CHAPTER_EN
write_vtt "$OUT/$NAME-chapters.lv.vtt" CHAPTER_LV

# ---------------------------------------------------------------- checks ----
total=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$OUT/$NAME.mp4")
size=$(stat -c %s "$OUT/$NAME.mp4")
echo "wrote $OUT/$NAME.mp4 (${total} s, ${size} bytes), $NAME.{en,lv}.vtt, $NAME-chapters.{en,lv}.vtt,"
echo "      $NAME-poster.png and $PDF_OUT/$NAME-slides.{en,lv}.pdf"
awk -v t="$total" 'BEGIN { exit !(t >= 20 && t <= 40) }' || { echo "error: video is ${total} s, expected 20-40 s" >&2; exit 1; }
((size < 1536 * 1024)) || { echo "error: video is $size bytes, expected under 1.5 MB" >&2; exit 1; }
