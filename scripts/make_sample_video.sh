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
# Requirements (Debian/Ubuntu, no display needed): scripts/setup.sh --media-tools, or
#   apt-get update && apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core
# What it shares with scripts/make_sample_webinar.sh (drawing, speech, encoding, cues,
# checks) is in scripts/lib/sample_media.sh.
#
# Usage: scripts/make_sample_video.sh        (idempotent: same input, same result; ~10 s)
# The script fails if the MP4 ends up outside 20-40 s or at 3 MB or more.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/sample_media.sh

COURSE=course_packages/digital-skills-orientation
OUT=$COURSE/media/video
NAME=library-community
PAUSE=0.6       # seconds of silence after each narration line
FADE=0.35       # fade in/out per scene, seconds
VOICE=en-gb     # espeak-ng voice
SPEED=175       # espeak-ng words per minute

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

title_svg "$TMP/scene1.svg" "BIBLIO Desktop · sample course" "The library as a" "community centre" 510 \
  "Boosting Digital Skills and Competences" "for Librarians in Europe"
card_svg "$TMP/scene2.svg" "$CARD_LARGE" "$CECO" "More than books" "A community centre" "" \
  "Events and workshops" "Training and digital help" "Access to technology" "Help with e-services"
card_svg "$TMP/scene3.svg" "$CARD_LARGE" "$DIGY" "BIBLIO job profiles" "CECO and DIGY" "" \
  "CECO: engages the community" "DIGY: drives digital change" "Shared: 38 skills, EQF level 5"
card_svg "$TMP/scene5.svg" "$CARD_LARGE" "$ACCENT" "The BIBLIO MOOC" "Opened 4 October 2021" "" \
  "Aim: 400+ learners" "38 digital and transversal skills" "Certificate when you finish"
card_svg "$TMP/scene6.svg" "$CARD_LARGE" "$CECO" "Your turn" "Start small" "" \
  "Ask your community what it needs" "Pick one small service" "Try it, measure, improve"

for i in 1 2 3 5 6; do
  rsvg-convert -w $W -h $H -o "$TMP/frame$i.png" "$TMP/scene$i.svg"
done
# Scene 4: the partner map from the course, centred on a 1280x720 frame
rsvg-convert -h $H -b "$BG" -o "$TMP/map.png" "$COURSE/media/img/en/partners.svg"
ffmpeg -nostdin -loglevel error -y -i "$TMP/map.png" \
  -vf "scale=-2:$H,pad=$W:$H:(ow-iw)/2:0:color=0xf6f8fb" -frames:v 1 "$TMP/frame4.png"

# ------------------------------------------------------- narration, video ----
VOICES=()
for _ in "${NARR[@]}"; do VOICES+=("$VOICE"); done  # one voice throughout
speak VOICES NARR "$SPEED" "$PAUSE"
encode_mp4 "$OUT/$NAME.mp4" "$FADE" 26 64k
cp "$TMP/frame1.png" "$OUT/$NAME-poster.png"

# ------------------------------------------------------------- subtitles ----
write_cues "$OUT/$NAME.en.vtt" speech SUB_EN
write_cues "$OUT/$NAME.lv.vtt" speech SUB_LV

# ---------------------------------------------------------------- checks ----
probe_video "$OUT/$NAME.mp4"
echo "wrote $OUT/$NAME.mp4 (${total} s, ${size} bytes), $NAME.{en,lv}.vtt and $NAME-poster.png"
check_video $((3 * 1024 * 1024)) "3 MB"
