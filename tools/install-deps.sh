#!/usr/bin/env bash
# Installs kosei's build and test dependencies from Debian packages (bookworm). Run as root or
# with sudo. Each package and why it is needed: README.md, "Dependencies".
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  g++ cmake ninja-build pkg-config git ca-certificates \
  libpcre2-dev libicu-dev libtomlplusplus-dev libboost1.81-dev \
  nlohmann-json3-dev libcli11-dev \
  libgtest-dev libgmock-dev libbenchmark-dev \
  python3 python3-jsonschema pre-commit
