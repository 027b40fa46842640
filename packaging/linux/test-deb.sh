#!/usr/bin/env bash
# The installer stage of CI: builds the .deb (and .rpm) with `mvn -Pinstaller package`, installs
# the .deb the way a user would (apt-get install ./rapport_*.deb), starts the installed app under
# Xvfb to its first frame, checks that it exits cleanly without native-access warnings, compares
# its start-up with target/image, takes a screenshot of its window, and removes the package.
#
#   packaging/linux/test-deb.sh               build, then test
#   packaging/linux/test-deb.sh --no-build    test the installers already in target/installer
#
# Needs root (apt-get, dpkg). Fails only for a real breakage: a start that fails three times in a row,
# warnings, a missing menu entry or command, a window the menu entry does not match. Not finding
# the window in time for the screenshot, and the timings, never fail it.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { echo "[installer] $*"; }
fail() { echo "[installer] FAILED: $*" >&2; exit 1; }

build=1
[ "${1:-}" = "--no-build" ] && build=0

if [ "$(id -u)" != 0 ]; then
  fail "this test installs a package and must run as root"
fi

# --- Tools: Xvfb and GTK for the window, rpmbuild for the .rpm, xwd/netpbm for the screenshot.
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
ldconfig -p | grep 'libgtk-3\.so\.0' >/dev/null || missing+=(libgtk-3-0)
command -v rpmbuild >/dev/null || missing+=(rpm)
command -v xwd >/dev/null || missing+=(x11-apps)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v pnmtopng >/dev/null || missing+=(netpbm)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v xdg-desktop-menu >/dev/null || missing+=(xdg-utils)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Build.
if [ $build = 1 ]; then
  say "building the installers: mvn -Pinstaller package"
  mvn -B -ntp -q -Pinstaller -DskipTests package
fi
deb=$(ls target/installer/rapport_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || fail "no .deb in target/installer"
rpm=$(ls target/installer/rapport-*.rpm 2>/dev/null | head -1 || true)
if [ -n "$rpm" ]; then
  rpm -qpl "$rpm" 2>/dev/null | grep -x /opt/rapport/bin/Rapport >/dev/null || fail "$rpm does not install /opt/rapport/bin/Rapport"
  say "rpm: $rpm ($(du -m "$rpm" | cut -f1) MiB) installs /opt/rapport/bin/Rapport"
else
  fail "no .rpm in target/installer although rpmbuild is installed"
fi

# --- Install as a user would. A desktop system has these menu folders; xdg-desktop-menu needs them.
mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus
if dpkg -s rapport >/dev/null 2>&1; then
  apt-get remove -y -qq rapport >/dev/null
fi

work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if dpkg -s rapport >/dev/null 2>&1; then
    say "removing the package"
    apt-get remove -y -qq rapport >/dev/null 2>&1 || echo "[installer] could not remove rapport" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

say "apt-get install ./$deb"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$work/apt.log" 2>&1; then
  # Its dependencies (xdg-utils, X11 libraries) need package lists; fetch them once and retry.
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install of $deb"; }
fi

launcher=/opt/rapport/bin/Rapport
[ -x "$launcher" ] || fail "$launcher is missing after the install"
[ "$(readlink /usr/bin/rapport)" = "$launcher" ] || fail "/usr/bin/rapport does not point to $launcher"
entry=/usr/share/applications/rapport-Rapport.desktop
[ -f "$entry" ] || fail "no menu entry $entry"
desktop-file-validate "$entry" || fail "$entry is not a valid desktop entry"
grep -q '^Categories=.*Office' "$entry" || fail "$entry is not in the Office category"
say "installed: $launcher, /usr/bin/rapport, menu entry $entry (Office)"
sizes="runtime image target/image: $(du -sm target/image | cut -f1) MiB; installed /opt/rapport: $(du -sm /opt/rapport | cut -f1) MiB; .deb: $(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$deb") / 1048576 }") MiB"
say "$sizes"

# The per-user default journal, in a fresh folder (XDG_DATA_HOME/rapport).
export XDG_DATA_HOME="$work/data"
unset RAPPORT_DATA_DIR

# The command line runs through the same launcher: fill that journal with a sample.
version_line=$(rapport --version 2>&1 | head -1 || true)
case "$version_line" in
  Rapport*) say "rapport --version: $version_line" ;;
  *) fail "rapport --version printed: $version_line" ;;
esac
rapport demo --contacts 60 -o "$work/demo.json" >/dev/null || fail "rapport demo"
rapport import "$work/demo.json" || fail "rapport import"
rapport check || fail "rapport check"
# A calendar as meetup sites write it (time zones, a weekly series): recurrences run through
# library packages the image's module descriptors must export, which the tests on the class path never see.
rapport import src/test/resources/ical/meetup-stammtisch.ics >/dev/null || fail "rapport import of a calendar with a repeating series"
rapport export --format ics -o "$work/calendar.ics" >/dev/null || fail "rapport export --format ics"
grep -q '^BEGIN:VEVENT' "$work/calendar.ics" || fail "the exported calendar has no events"
[ -f "$XDG_DATA_HOME/rapport/journal.sqlite" ] || fail "the journal is not in the per-user data folder $XDG_DATA_HOME/rapport"

# --- Xvfb on a free display; the app opens the per-user default journal in a fresh home.
exec 5> "$work/display"
Xvfb -displayfd 5 -screen 0 1280x860x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.2; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(head -1 "$work/display")"
say "Xvfb on $DISPLAY"

# Runs $@ --exit-after-first-frame; prints the first-frame figure (ms since process start).
first_frame() {
  local out="$work/out" err="$work/err"
  timeout 180 "$@" --exit-after-first-frame >"$out" 2>"$err"
  local rc=$?
  grep -E '^[0-9]+$' "$out" | tail -1
  return $rc
}

# Native-access, Unsafe and unnamed-module warnings the issue rules out.
forbidden='restricted method|enable-native-access|native access|sun\.misc\.Unsafe|unnamed module|Unsupported JavaFX configuration'

# Until the main window exists, the app has no --exit-after-first-frame and there is no window to test.
if ! rapport --help 2>&1 | grep -e '--exit-after-first-frame' >/dev/null; then
  say "note: this build has no window yet (rapport --help lists no --exit-after-first-frame): skipping the window checks"
  say "passed (installation and command line only)"
  exit 0
fi

say "starting the installed app: $launcher --exit-after-first-frame"
ok=0
for attempt in 1 2 3; do
  if ms=$(first_frame "$launcher"); then ok=1; break; fi
  say "attempt $attempt exited with an error; stderr:"; sed 's/^/    /' "$work/err" | head -40
done
[ $ok = 1 ] || fail "the installed app did not start and exit cleanly three times in a row"
if grep -Ei "$forbidden" "$work/err"; then
  fail "the installed app printed native-access or module warnings (above)"
fi
if [ -s "$work/err" ]; then
  say "note: the app wrote to stderr (not a native-access warning):"; sed 's/^/    /' "$work/err" | head -20
fi
say "installed app reached its first frame after ${ms:-?} ms and exited 0"

# The AOT cache must be in use by the installed launcher at its installed path.
if [ -f /opt/rapport/lib/app/rapport.aot ]; then
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" first_frame "$launcher" >/dev/null || true
  if grep -q 'app\.rapport\.Main source: shared objects file' "$work/classes.log"; then
    say "AOT cache in use: $(grep -c 'source: shared objects file' "$work/classes.log") classes came from it"
  else
    fail "the installed launcher does not use its AOT cache (/opt/rapport/lib/app/rapport.aot)"
  fi
fi

# --- Start-up, same run, interleaved: installed (with its AOT cache), installed without the
# cache, and target/image/bin/rapport. Medians of 3; informative only.
declare -a t_inst t_noaot t_image
for _ in 1 2 3; do
  v=$(first_frame "$launcher") || true; t_inst+=("${v:-x}")
  v=$(JAVA_TOOL_OPTIONS=-XX:AOTMode=off first_frame "$launcher") || true; t_noaot+=("${v:-x}")
  v=$(first_frame target/image/bin/rapport) || true; t_image+=("${v:-x}")
done
median() { printf '%s\n' "$@" | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "?")}'; }

# --- Screenshot of the installed app's window (documentation; never fails the stage).
screenshot=docs/screenshots/installed-linux.png
mkdir -p "$(dirname "$screenshot")"
"$launcher" >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
wid=
for _ in $(seq 120); do
  # The main window: a top-level window of ours, larger than GTK's 10x10 leader window.
  # xwininfo prints: 0x400003 "Contacts – Rapport": ("app.rapport.ui.RapportApp" "...")  1200x780+40+7  +40+7
  window=$(xwininfo -root -children 2>/dev/null | awk '/Rapport/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, s, /[x+]/); if (s[1] > 300 && s[2] > 200) { print; exit } } }' || true)
  wid=$(echo "$window" | awk '{print $1}')
  [ -n "$wid" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -n "$wid" ]; then
  # GNOME matches windows to the menu entry by WM_CLASS: a renamed Application class breaks that.
  wm_class=$(echo "$window" | sed -n 's/.*: ("\([^"]*\)".*/\1/p')
  wanted=$(sed -n 's/^StartupWMClass=//p' "$entry")
  [ "$wm_class" = "$wanted" ] || fail "the window's WM_CLASS is '$wm_class' but the menu entry says StartupWMClass=$wanted"
  sleep 4   # let the journal load and the first screens render
  if xwd -id "$wid" -silent | xwdtopnm 2>/dev/null | pnmtopng > "$work/shot.png" 2>/dev/null && [ -s "$work/shot.png" ]; then
    cp "$work/shot.png" "$screenshot"
    say "screenshot of window $wid ($wm_class): $screenshot"
  else
    say "note: could not capture window $wid"
  fi
else
  say "note: no Rapport window appeared for the screenshot; app stderr:"; sed 's/^/    /' "$work/app.err" | head -20
fi
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=

# --- Figures.
say "figures:"
say "  $sizes"
say "  first frame, installed (AOT cache):    $(median "${t_inst[@]}") ms  [${t_inst[*]}]"
say "  first frame, installed without cache:  $(median "${t_noaot[@]}") ms  [${t_noaot[*]}]"
say "  first frame, target/image/bin/rapport: $(median "${t_image[@]}") ms  [${t_image[*]:-}]"
say "passed"
