# sample_media.sh — what the sample course's recorded media have in common; sourced (not
# run) by scripts/make_sample_video.sh and scripts/make_sample_webinar.sh, which keep only
# what they say and show (narration, subtitles, slides, output names, size limit).
#
# Both draw 1280x720 frames as SVG in one look (fonts, colours, a title card, cards with a
# coloured band and bullet lines), speak one narration line per frame with espeak-ng, time
# every frame to its line (speech + a pause), join frames and speech with short fades into
# one reproducible H.264/AAC MP4 (25 fps, yuv420p, faststart, bit-exact) and write WebVTT
# cues on the same timing.
#
# Sourcing it checks the tools, makes $TMP (removed on exit) and sets W, H, FPS, FONT and
# the colours. Then, in order: draw $TMP/frame1.png … frameN.png, `speak`, `encode_mp4`,
# `write_cues`, `probe_video` and `check_video`.
#
# Tools (Debian/Ubuntu, no display needed): scripts/setup.sh --media-tools, or
#   apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core

W=1280
H=720
FPS=25
FONT="DejaVu Sans, sans-serif"
NAVY="#1d3557"; BG="#f6f8fb"; CECO="#d9651b"; DIGY="#127a7a"; ACCENT="#e63946"

for tool in ffmpeg ffprobe espeak-ng rsvg-convert awk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: $tool not found; install with: scripts/setup.sh --media-tools (or apt-get install -y --no-install-recommends ffmpeg espeak-ng librsvg2-bin fonts-dejavu-core)" >&2
    exit 1
  fi
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- drawing ----
svg_open() {
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n' $W $H $W $H
}

# svg_text X Y SIZE WEIGHT FILL TEXT  (anchor start)
svg_text() {
  printf '<text x="%s" y="%s" font-family="%s" font-size="%s" font-weight="%s" fill="%s">%s</text>\n' \
    "$1" "$2" "$FONT" "$3" "$4" "$5" "$6"
}

# title_svg FILE KICKER TITLE1 TITLE2 FIRST_Y LINE...: the navy title card; LINEs in small
# type from FIRST_Y down, 50 px apart
title_svg() {
  local file=$1 kicker=$2 t1=$3 t2=$4 y=$5 line; shift 5
  {
    svg_open
    printf '<rect width="%d" height="%d" fill="%s"/>\n' $W $H "$NAVY"
    printf '<rect x="0" y="%d" width="%d" height="18" fill="%s"/>\n' $((H-36)) $((W/2)) "$CECO"
    printf '<rect x="%d" y="%d" width="%d" height="18" fill="%s"/>\n' $((W/2)) $((H-36)) $((W/2)) "$DIGY"
    svg_text 110 170 34 bold "#f4a261" "$kicker"
    svg_text 110 300 84 bold "#ffffff" "$t1"
    svg_text 110 400 84 bold "#ffffff" "$t2"
    for line in "$@"; do
      svg_text 110 "$y" 34 normal "#dbe7f3" "$line"
      y=$((y+50))
    done
    printf '</svg>\n'
  } >"$file"
}

# The cards' sizes: "KICKER_Y KICKER_SIZE TITLE_Y TITLE_SIZE LINE_Y LINE_SIZE LINE_STEP DOT_R"
CARD_LARGE="150 34 240 68 340 44 80 11"   # the video: a few words per line
CARD_COMPACT="130 32 215 60 320 40 72 10" # the webinar: longer lines and a speaker badge

# card_svg FILE SIZES BAND KICKER TITLE BADGE LINE...: a light card with a coloured band,
# its kicker and title, bullet LINEs and, when BADGE is not empty, a navy badge (a speaker)
card_svg() {
  local file=$1 band=$3 kicker=$4 title=$5 badge=$6
  local ky ks ty tsz y lsz step r line
  read -r ky ks ty tsz y lsz step r <<<"$2"
  shift 6
  {
    svg_open
    printf '<rect width="%d" height="%d" fill="%s"/>\n' $W $H "$BG"
    printf '<rect width="40" height="%d" fill="%s"/>\n' $H "$band"
    printf '<rect x="40" y="%d" width="%d" height="12" fill="%s" opacity="0.35"/>\n' $((H-12)) $((W-40)) "$band"
    svg_text 110 "$ky" "$ks" bold "$band" "$kicker"
    svg_text 110 "$ty" "$tsz" bold "$NAVY" "$title"
    for line in "$@"; do
      printf '<circle cx="128" cy="%d" r="%d" fill="%s"/>\n' $((y-r-4)) "$r" "$band"
      svg_text 160 "$y" "$lsz" normal "$NAVY" "$line"
      y=$((y+step))
    done
    if [[ -n $badge ]]; then
      printf '<rect x="%d" y="%d" width="%d" height="56" rx="28" fill="%s"/>\n' 110 $((H-110)) 460 "$NAVY"
      svg_text 140 $((H-72)) 28 bold "#ffffff" "$badge"
    fi
    printf '</svg>\n'
  } >"$file"
}

# ------------------------------------------------------------- narration ----
# speak VOICE_ARRAY NARRATION_ARRAY SPEED PAUSE: $TMP/voice$i.wav per line; sets n (the
# number of lines) and durs (each frame's seconds: speech + PAUSE + 0.3 s lead-in)
speak() {
  local -n voices=$1 lines=$2
  local speed=$3 pause=$4 i s
  n=${#lines[@]}
  durs=()
  for ((i = 0; i < n; i++)); do
    espeak-ng -v "${voices[$i]}" -s "$speed" -w "$TMP/voice$i.wav" "${lines[$i]}"
    s=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$TMP/voice$i.wav")
    durs+=("$(awk -v s="$s" -v p="$pause" 'BEGIN { printf "%.2f", s + p + 0.3 }')")
  done
}

# ----------------------------------------------------------------- video ----
# encode_mp4 FILE FADE CRF AUDIO_BITRATE: $TMP/frame{1..n}.png, each for its duration with
# a fade in and out, and its voice; written to $TMP first, then moved to FILE
encode_mp4() {
  local file=$1 fade=$2 crf=$3 abr=$4
  local inputs=() filters="" concat="" i d fo
  for ((i = 0; i < n; i++)); do
    inputs+=(-loop 1 -framerate $FPS -t "${durs[$i]}" -i "$TMP/frame$((i + 1)).png")
  done
  for ((i = 0; i < n; i++)); do
    inputs+=(-i "$TMP/voice$i.wav")
  done
  for ((i = 0; i < n; i++)); do
    d=${durs[$i]}
    fo=$(awk -v d="$d" -v f="$fade" 'BEGIN { printf "%.2f", d - f }')
    filters+="[$i:v]scale=$W:$H,setsar=1,format=yuv420p,fade=t=in:st=0:d=$fade,fade=t=out:st=$fo:d=$fade[v$i];"
    filters+="[$((n + i)):a]aresample=44100,adelay=300:all=1,apad=whole_dur=$d,atrim=0:$d,asetpts=N/SR/TB[a$i];"
    concat+="[v$i][a$i]"
  done
  filters+="${concat}concat=n=$n:v=1:a=1[v][a]"
  ffmpeg -nostdin -loglevel error -y "${inputs[@]}" -filter_complex "$filters" -map "[v]" -map "[a]" \
    -c:v libx264 -preset medium -tune stillimage -crf "$crf" -r $FPS -g $((FPS * 4)) -pix_fmt yuv420p \
    -profile:v high -level 4.0 \
    -c:a aac -b:a "$abr" -ac 1 -ar 44100 \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    -movflags +faststart "$TMP/out.mp4"
  mv "$TMP/out.mp4" "$file"
}

# ------------------------------------------------------------- subtitles ----
ts() { awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5); h = int(ms / 3600000); ms -= h * 3600000;
  m = int(ms / 60000); ms -= m * 60000; s = int(ms / 1000); ms -= s * 1000;
  printf "%02d:%02d:%02d.%03d", h, m, s, ms }'; }

# write_cues FILE speech|whole TEXT_ARRAY [SPEAKER_ARRAY]: one cue per frame. `speech`
# (subtitles) trims each cue to the narration; `whole` (chapters) runs from the frame's
# first picture to its last. With SPEAKER_ARRAY each cue starts with its speaker's name.
write_cues() {
  local file=$1 span=$2
  local -n texts=$3
  local speakers_name=${4:-}
  local start=0 i a b text
  {
    printf 'WEBVTT\n\n'
    for ((i = 0; i < n; i++)); do
      text="${texts[$i]}"
      if [[ -n $speakers_name ]]; then
        local -n who=$speakers_name
        text="${who[$i]}: $text"
      fi
      if [[ $span == speech ]]; then
        a=$(awk -v s="$start" 'BEGIN { printf "%.3f", s + 0.25 }')
        b=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d - 0.15 }')
      else
        a=$start
        b=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d }')
      fi
      printf '%d\n%s --> %s\n%s\n\n' $((i + 1)) "$(ts "$a")" "$(ts "$b")" "$text"
      start=$(awk -v s="$start" -v d="${durs[$i]}" 'BEGIN { printf "%.3f", s + d }')
    done
  } >"$file"
}

# ---------------------------------------------------------------- checks ----
# probe_video FILE: sets total (seconds) and size (bytes)
probe_video() {
  total=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$1")
  size=$(stat -c %s "$1")
}

# check_video MAX_BYTES MAX_SAID: after probe_video; fails unless 20-40 s and under MAX_BYTES
check_video() {
  awk -v t="$total" 'BEGIN { exit !(t >= 20 && t <= 40) }' || { echo "error: video is ${total} s, expected 20-40 s" >&2; exit 1; }
  ((size < $1)) || { echo "error: video is $size bytes, expected under $2" >&2; exit 1; }
}
