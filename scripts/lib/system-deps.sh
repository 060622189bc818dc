# Installs what a fresh Debian machine lacks for Kafka Lab's tests and local cluster. Sourced by scripts/*.sh.
# Nothing is downloaded into the repository: apt packages go to the system, Kafka jars to ~/.cache/kafka-lab.

apt_updated=0
need_pkg() { # need_pkg <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "Kafka Lab needs '$1' (Debian package $2); install it and run again." >&2
    exit 1
  fi
  local SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
  if [ "$apt_updated" = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  echo "[deps] installing $2"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
}

ensure_runtime_deps() { # what the app's local cluster needs
  need_pkg java openjdk-17-jre-headless
  need_pkg mvn maven
}

ensure_test_deps() {
  ensure_runtime_deps
  need_pkg chromium chromium
  need_pkg kcat kcat
}

ensure_node_modules() {
  # The Electron binary cannot be downloaded everywhere; the web host serves the same UI without it.
  export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[deps] npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
