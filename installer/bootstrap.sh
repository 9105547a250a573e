#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up a fresh Debian 12 machine for Wegwijzer Desk, build it, and either start the desktop
# or run every test.
#
#   installer/bootstrap.sh run    install what is missing, build, start the desktop (SQLite default)
#   installer/bootstrap.sh test   install what is missing, then both test configurations, each built and run
#                                 over every test: the ordinary one (warnings as errors), then the sanitized one
#   installer/bootstrap.sh test-ordinary
#                                 only the ordinary configuration, in build
#   installer/bootstrap.sh test-sanitized
#                                 only the configuration with AddressSanitizer, UndefinedBehaviorSanitizer,
#                                 _GLIBCXX_ASSERTIONS and QT_FORCE_ASSERTS, in build-sanitized
#
# Packages are installed with apt-get (through sudo when not run as root). BUILD_DIR overrides
# the build directory (default: build in the source tree); the sanitized one is BUILD_DIR-sanitized.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build}
sanitized_build_dir=$build_dir-sanitized
mode=${1:-}

# What building and running need, and what the tests need on top.
# help2man and librsvg2-bin make the man pages and PNG icons while building.
run_packages=(cmake g++ ninja-build pkg-config dpkg-dev libpq-dev qt6-base-dev libqt6opengl6-dev qt6-websockets-dev
              qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
              qt6-translations-l10n qt6-qpa-plugins libgl-dev help2man librsvg2-bin)
# lintian and systemd (systemd-analyze) check the Debian package (installer/check-package.sh); dbus-daemon,
# at-spi2-core, python3-pyatspi and openbox (a window manager) let a test see the desktop as a screen
# reader does; python3-websockets runs the example Asterisk adapter in its test; clang-format checks the
# formatting; clang-14 and libclang-rt-14-dev build the libFuzzer targets (tests/fuzz); haproxy stands in
# front of two gateways in the failover test, and nftables silences the serving gateway's machine there.
test_packages=(libgtest-dev libgmock-dev xvfb xauth xdotool desktop-file-utils appstream postgresql sqlite3
               chromium chromium-driver python3 poppler-utils lintian systemd
               dbus-daemon at-spi2-core python3-pyatspi openbox python3-websockets clang-format
               clang-14 libclang-rt-14-dev haproxy nftables)

usage() {
    echo "usage: $0 run|test|test-ordinary|test-sanitized" >&2
    exit 2
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# build DIR CMAKE-ARGS...
build() {
    local dir=$1
    shift
    cmake -S "$source_dir" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

# The storage suites also run against a real PostgreSQL server: one for both configurations, started here
# and stopped on exit.
start_test_database() {
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 0700 "$XDG_RUNTIME_DIR"
    pg_data=$(mktemp -d /tmp/wegwijzer-test-pg.XXXXXX)
    chmod 0755 "$pg_data"
    trap '"$source_dir/tests/postgres/test-server.sh" stop "$pg_data/data" || true; rm -rf "$pg_data"' EXIT
    WW_TEST_POSTGRES_URL=$("$source_dir/tests/postgres/test-server.sh" start "$pg_data/data" "${WW_TEST_POSTGRES_PORT:-54329}")
    export WW_TEST_POSTGRES_URL
}

# run_tests DIR
run_tests() {
    (cd "$1" && ctest --output-on-failure --parallel "$(nproc)" --no-tests=error)
}

test_ordinary() {
    echo "== The ordinary configuration, in $build_dir"
    build "$build_dir" -DWW_BUILD_TESTS=ON -DWW_WERROR=ON
    run_tests "$build_dir"
}

test_sanitized() {
    echo "== The sanitized configuration, in $sanitized_build_dir"
    build "$sanitized_build_dir" -DWW_BUILD_TESTS=ON -DWW_WERROR=ON -DWW_SANITIZE=ON -DWW_HARDENING=OFF
    (
        # Leak checking is off: Qt and fontconfig keep caches for the life of the process by design. The
        # suppressions are for system libraries only, each with its reason.
        export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:suppressions=$source_dir/tests/sanitizers/asan.supp
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        run_tests "$sanitized_build_dir"
    )
}

case "$mode" in
run)
    install_missing "${run_packages[@]}"
    build "$build_dir" -DWW_BUILD_TESTS=OFF
    shift
    exec "$build_dir/app/desk/wegwijzer-desk" "$@"
    ;;
test | test-ordinary | test-sanitized)
    install_missing "${run_packages[@]}" "${test_packages[@]}"
    start_test_database
    case "$mode" in
    test)
        test_ordinary
        test_sanitized
        ;;
    test-ordinary) test_ordinary ;;
    test-sanitized) test_sanitized ;;
    esac
    ;;
*)
    usage
    ;;
esac
