#!/usr/bin/env bash
# make_sample_video.sh — builds the short video of the bundled sample course
# "Digital skills for librarians: an orientation" (course_packages/digital-skills-orientation).
#
# What it does
#   1. draws six 1280x720 frames as SVG (one per scene) and renders them with rsvg-convert
#      (scene 4 reuses the course's partner map, media/img/en/partners.svg);
#   2. speaks an English narration line per scene with espeak-ng;
#   3. times every scene to its narration (speech + a short pause), joins the scenes with
#      short fades into one H.264/AAC MP4 (1280x720, 25 fps, yuv420p, faststart);
#   4. writes WebVTT subtitles in English and Latvian whose cues follow the narration timing,
#      and a poster PNG (the title frame).
#
# Output (overwritten on every run; nothing else is touched):
#   course_packages/digital-skills-orientation/media/video/library-community.mp4
#   course_packages/digital-skills-orientation/media/video/library-community.en.vtt
#   course_packages/digital-skills-orientation/media/video/library-community.lv.vtt
#   course_packages/digital-skills-orientation/media/video/library-community-poster.png
#
# Requirements (Debian/Ubuntu, no display needed):
#   apt-get update && apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core
#
# Usage: scripts/make_sample_video.sh        (idempotent: same input, same result; ~10 s)
# The script fails if the MP4 ends up outside 20-40 s or at 3 MB or more.
set -euo pipefail
cd "$(dirname "$0")/.."

COURSE=course_packages/digital-skills-orientation
OUT=$COURSE/media/video
NAME=library-community
W=1280
H=720
FPS=25
PAUSE=0.6       # seconds of silence after each narration line
FADE=0.35       # fade in/out per scene, seconds
VOICE=en-gb     # espeak-ng voice
SPEED=175       # espeak-ng words per minute

for tool in ffmpeg ffprobe espeak-ng rsvg-convert awk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: $tool not found; install with: apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin" >&2
    exit 1
  fi
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

# ---------------------------------------------------------------- scenes ----
# Per scene: narration (spoken, English), English subtitle, Latvian subtitle.
NARR=(
  "Biblio: digital skills for librarians in Europe."
  "Today's library is a community centre: events, training, technology, and help with online services."
  "Two new profiles support it: Ceco, for community engagement, and Diggy, for digital transformation."
  "Ten partner organisations from five countries run the project."
  "The online course opened on the fourth of October, twenty twenty-one. It builds thirty-eight skills."
  "Your turn: ask your community what it needs, and start small."
)
SUB_EN=(
  "BIBLIO: digital skills for librarians in Europe."
  "Today's library is a community centre: events, training, technology and help with online services."
  "Two new profiles support it: CECO, for community engagement, and DIGY, for digital transformation."
  "Ten partner organisations from five countries run the project."
  "The MOOC opened on 4 October 2021. It builds 38 skills."
  "Your turn: ask your community what it needs, and start small."
)
SUB_LV=(
  "BIBLIO: digitālās prasmes Eiropas bibliotekāriem."
  "Mūsdienu bibliotēka ir kopienas centrs: pasākumi, mācības, tehnoloģijas un palīdzība ar e-pakalpojumiem."
  "To atbalsta divi jauni profili: CECO – sabiedrības iesaistei, DIGY – digitālajai transformācijai."
  "Projektu īsteno desmit partnerorganizācijas no piecām valstīm."
  "MOOC sākās 2021. gada 4. oktobrī. Tas attīsta 38 prasmes."
  "Tagad jūsu kārta: pajautājiet kopienai, kas tai vajadzīgs, un sāciet ar mazu soli."
)

FONT="DejaVu Sans, sans-serif"
NAVY="#1d3557"; BG="#f6f8fb"; CECO="#d9651b"; DIGY="#127a7a"; ACCENT="#e63946"

# svg_text X Y SIZE WEIGHT FILL TEXT  (anchor start)
svg_text() {
  printf '<text x="%s" y="%s" font-family="%s" font-size="%s" font-weight="%s" fill="%s">%s</text>\n' \
    "$1" "$2" "$FONT" "$3" "$4" "$5" "$6"
}

# card_scene FILE BAND_COLOUR KICKER TITLE LINE...
card_scene() {
  local file=$1 band=$2 kicker=$3 title=$4; shift 4
  {
    printf '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n' $W $H $W $H
    printf '<rect width="%d" height="%d" fill="%s"/>\n' $W $H "$BG"
    printf '<rect width="40" height="%d" fill="%s"/>\n' $H "$band"
    printf '<rect x="40" y="%d" width="%d" height="12" fill="%s" opacity="0.35"/>\n' $((H-12)) $((W-40)) "$band"
    svg_text 110 150 34 bold "$band" "$kicker"
    svg_text 110 240 68 bold "$NAVY" "$title"
    local y=340 line
    for line in "$@"; do
      printf '<circle cx="128" cy="%d" r="11" fill="%s"/>\n' $((y-15)) "$band"
      svg_text 160 "$y" 44 normal "$NAVY" "$line"
      y=$((y+80))
    done
    printf '</svg>\n'
  } >"$file"
}

# Scene 1: title card
{
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n' $W $H $W $H
  printf '<rect width="%d" height="%d" fill="%s"/>\n' $W $H "$NAVY"
  printf '<rect x="0" y="%d" width="%d" height="18" fill="%s"/>\n' $((H-36)) $((W/2)) "$CECO"
  printf '<rect x="%d" y="%d" width="%d" height="18" fill="%s"/>\n' $((W/2)) $((H-36)) $((W/2)) "$DIGY"
  svg_text 110 170 34 bold "#f4a261" "BIBLIO Desktop · sample course"
  svg_text 110 300 84 bold "#ffffff" "The library as a"
  svg_text 110 400 84 bold "#ffffff" "community centre"
  svg_text 110 510 34 normal "#dbe7f3" "Boosting Digital Skills and Competences"
  svg_text 110 560 34 normal "#dbe7f3" "for Librarians in Europe"
  printf '</svg>\n'
} >"$TMP/scene1.svg"
card_scene "$TMP/scene2.svg" "$CECO" "More than books" "A community centre" \
  "Events and workshops" "Training and digital help" "Access to technology" "Help with e-services"
card_scene "$TMP/scene3.svg" "$DIGY" "BIBLIO job profiles" "CECO and DIGY" \
  "CECO: engages the community" "DIGY: drives digital change" "Shared: 38 skills, EQF level 5"
card_scene "$TMP/scene5.svg" "$ACCENT" "The BIBLIO MOOC" "Opened 4 October 2021" \
  "Aim: 400+ learners" "38 digital and transversal skills" "Certificate when you finish"
card_scene "$TMP/scene6.svg" "$CECO" "Your turn" "Start small" \
  "Ask your community what it needs" "Pick one small service" "Try it, measure, improve"

for i in 1 2 3 5 6; do
  rsvg-convert -w $W -h $H -o "$TMP/frame$i.png" "$TMP/scene$i.svg"
done
# Scene 4: the partner map from the course, centred on a 1280x720 frame
rsvg-convert -h $H -b "$BG" -o "$TMP/map.png" "$COURSE/media/img/en/partners.svg"
ffmpeg -nostdin -loglevel error -y -i "$TMP/map.png" \
  -vf "scale=-2:$H,pad=$W:$H:(ow-iw)/2:0:color=0xf6f8fb" -frames:v 1 "$TMP/frame4.png"

# ------------------------------------------------------------- narration ----
n=${#NARR[@]}
durs=()
speech=()
for ((i = 0; i < n; i++)); do
  espeak-ng -v "$VOICE" -s "$SPEED" -w "$TMP/voice$i.wav" "${NARR[$i]}"
  s=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$TMP/voice$i.wav")
  speech+=("$s")
  durs+=("$(awk -v s="$s" -v p="$PAUSE" 'BEGIN { printf "%.2f", s + p + 0.3 }')")
done

# ----------------------------------------------------------------- video ----
inputs=()
filters=""
concat=""
for ((i = 0; i < n; i++)); do
  d=${durs[$i]}
  inputs+=(-loop 1 -framerate $FPS -t "$d" -i "$TMP/frame$((i + 1)).png")
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
  -c:v libx264 -preset medium -tune stillimage -crf 26 -r $FPS -g $((FPS * 4)) -pix_fmt yuv420p \
  -profile:v high -level 4.0 \
  -c:a aac -b:a 64k -ac 1 -ar 44100 \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -movflags +faststart "$TMP/$NAME.mp4"
mv "$TMP/$NAME.mp4" "$OUT/$NAME.mp4"
cp "$TMP/frame1.png" "$OUT/$NAME-poster.png"

# ------------------------------------------------------------- subtitles ----
ts() { awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5); h = int(ms / 3600000); ms -= h * 3600000;
  m = int(ms / 60000); ms -= m * 60000; s = int(ms / 1000); ms -= s * 1000;
  printf "%02d:%02d:%02d.%03d", h, m, s, ms }'; }

write_vtt() { # write_vtt FILE LANG_ARRAY_NAME
  local file=$1
  local -n subs=$2
  local start=0 i a b
  {
    printf 'WEBVTT\n\n'
    for ((i = 0; i < n; i++)); do
      a=$(awk -v s="$start" 'BEGIN { printf "%.3f", s + 0.25 }')
      b=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d - 0.15 }')
      printf '%d\n%s --> %s\n%s\n\n' $((i + 1)) "$(ts "$a")" "$(ts "$b")" "${subs[$i]}"
      start=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d }')
    done
  } >"$file"
}
write_vtt "$OUT/$NAME.en.vtt" SUB_EN
write_vtt "$OUT/$NAME.lv.vtt" SUB_LV

# ---------------------------------------------------------------- checks ----
total=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$OUT/$NAME.mp4")
size=$(stat -c %s "$OUT/$NAME.mp4")
echo "wrote $OUT/$NAME.mp4 (${total} s, ${size} bytes), $NAME.{en,lv}.vtt and $NAME-poster.png"
awk -v t="$total" 'BEGIN { exit !(t >= 20 && t <= 40) }' || { echo "error: video is ${total} s, expected 20-40 s" >&2; exit 1; }
((size < 3 * 1024 * 1024)) || { echo "error: video is $size bytes, expected under 3 MB" >&2; exit 1; }
