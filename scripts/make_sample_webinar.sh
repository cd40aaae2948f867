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
# Requirements (Debian/Ubuntu, no display needed): scripts/setup.sh --media-tools, or
#   apt-get update && apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core
# What it shares with scripts/make_sample_video.sh (drawing, speech, encoding, cues,
# checks) is in scripts/lib/sample_media.sh.
#
# Usage: scripts/make_sample_webinar.sh      (same input, same video and subtitles; ~10 s)
# The script fails if the MP4 ends up outside 20-40 s or at 1.5 MB or more.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/sample_media.sh

COURSE=course_packages/digital-skills-orientation
OUT=$COURSE/media/video
PDF_OUT=$COURSE/media/pdf
NAME=webinar-community
PAUSE=0.5       # seconds of silence after each narration line
FADE=0.3        # fade in/out per slide, seconds
SPEED=170       # espeak-ng words per minute

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
  title_svg "$TMP/$lang-slide1.svg" "$kicker" "$t1" "$t2" 520 "$with"
  if [[ $lang == en ]]; then
    card_svg "$TMP/en-slide2.svg" "$CARD_COMPACT" "$CECO" "$k2" "Listening to the community" "$ILZE" \
      "Short surveys, on paper and online" "A suggestion box at the entrance" "Talks at the lending desk"
    card_svg "$TMP/en-slide3.svg" "$CARD_COMPACT" "$DIGY" "$k3" "A digital help desk" "$MARCO" \
      "Twice a week, with volunteers" "The user types; we explain each step" "Log out of every account afterwards"
    card_svg "$TMP/en-slide4.svg" "$CARD_COMPACT" "$ACCENT" "$k4" "Measuring what works" "$ILZE" \
      "Count visits and topics, never names" "Ask three questions after a session" "Change one thing every term"
    card_svg "$TMP/en-slide5.svg" "$CARD_COMPACT" "$CECO" "$k5" "A question to take home" "$HOST" \
      "Pick one need of your community" "Plan a small service for next month" "Bring your idea to week 4"
  else
    card_svg "$TMP/lv-slide2.svg" "$CARD_COMPACT" "$CECO" "$k2" "Ieklausīties kopienā" "$ILZE" \
      "Īsas aptaujas uz papīra un tiešsaistē" "Ieteikumu kaste pie ieejas" "Sarunas pie apkalpošanas galda"
    card_svg "$TMP/lv-slide3.svg" "$CARD_COMPACT" "$DIGY" "$k3" "Digitālā atbalsta punkts" "$MARCO" \
      "Divreiz nedēļā, ar brīvprātīgajiem" "Lietotājs raksta, mēs skaidrojam" "Pēc tam izrakstīties no visiem kontiem"
    card_svg "$TMP/lv-slide4.svg" "$CARD_COMPACT" "$ACCENT" "$k4" "Kā mērīt, kas izdodas" "$ILZE" \
      "Skaitīt apmeklējumus un tēmas, ne vārdus" "Pēc nodarbības uzdot trīs jautājumus" "Katru semestri mainīt vienu lietu"
    card_svg "$TMP/lv-slide5.svg" "$CARD_COMPACT" "$CECO" "$k5" "Jautājums pārdomām" "$HOST_LV" \
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

# ------------------------------------------------------- narration, video ----
speak VOICES NARR "$SPEED" "$PAUSE"
encode_mp4 "$OUT/$NAME.mp4" "$FADE" 28 48k
cp "$TMP/frame1.png" "$OUT/$NAME-poster.png"
for lang in en lv; do
  mv "$TMP/$NAME-slides.$lang.pdf" "$PDF_OUT/$NAME-slides.$lang.pdf"
done

# ------------------------------------------------------ subtitles, chapters ----
# subtitles are trimmed to the speech and name the speaker; chapters run from the slide's
# first frame to its last
write_cues "$OUT/$NAME.en.vtt" speech SUB_EN SPEAKER_EN
write_cues "$OUT/$NAME.lv.vtt" speech SUB_LV SPEAKER_LV
write_cues "$OUT/$NAME-chapters.en.vtt" whole CHAPTER_EN
write_cues "$OUT/$NAME-chapters.lv.vtt" whole CHAPTER_LV

# ---------------------------------------------------------------- checks ----
probe_video "$OUT/$NAME.mp4"
echo "wrote $OUT/$NAME.mp4 (${total} s, ${size} bytes), $NAME.{en,lv}.vtt, $NAME-chapters.{en,lv}.vtt,"
echo "      $NAME-poster.png and $PDF_OUT/$NAME-slides.{en,lv}.pdf"
check_video $((1536 * 1024)) "1.5 MB"
