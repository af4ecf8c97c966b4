# Sourced by .ci/run: puts Node >= 22.12 first on PATH. When the machine's node is
# older (Debian's is 20), it installs the `node@22` package from the npm registry
# into a cache folder, which later runs reuse.
required_major=22
required_minor=12

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>${required_major}||(a===${required_major}&&b>=${required_minor})?0:1)"
}

if ! node_ok; then
  cache="${UPSTREAM_WEEKLY_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/upstream-weekly/node22}"
  if [ ! -x "$cache/node_modules/node/bin/node" ]; then
    echo "ci: node $(node --version 2>/dev/null || echo 'missing') is older than ${required_major}.${required_minor}; installing node@${required_major} into $cache"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "node@${required_major}"
  fi
  export PATH="$cache/node_modules/node/bin:$PATH"
  node_ok || { echo "ci: could not provide Node >= ${required_major}.${required_minor}" >&2; exit 1; }
fi
echo "ci: using node $(node --version) at $(command -v node), npm $(npm --version)"
