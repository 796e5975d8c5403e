# Sourced by CI scripts: starts dynalite (tools/dynalite/start.js) on a free loopback port.
#
#   start_dynalite endpoint_var       sets $endpoint_var to http://127.0.0.1:<port>
#
# start.js stops when its stdin closes. Its stdin is a FIFO whose only writer is this shell, so the server stops on
# its own when the calling script exits, however it exits; stop_dynalites also stops every server it started by PID.

DYNALITE_PIDS=()

start_dynalite() {
  local _var=$1 _root _dir _fd _pid _endpoint=""
  _root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if [ ! -d "$_root/tools/dynalite/node_modules/dynalite" ]; then
    (cd "$_root/tools/dynalite" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  fi
  _dir=$(mktemp -d)
  mkfifo "$_dir/stdin"
  node "$_root/tools/dynalite/start.js" 0 127.0.0.1 <"$_dir/stdin" >"$_dir/out" 2>&1 &
  _pid=$!
  exec {_fd}>"$_dir/stdin"   # held open until this shell exits; node waits for this open before starting
  DYNALITE_PIDS+=("$_pid")
  # start.js prints "dynalite listening on http://127.0.0.1:<port>" once the port is bound.
  for _ in $(seq 150); do
    _endpoint=$(grep -oE 'http://[0-9.]+:[0-9]+' "$_dir/out" | head -1 || true)
    [ -n "$_endpoint" ] && break
    kill -0 "$_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$_endpoint" ]; then
    echo "dynalite did not start:" >&2
    cat "$_dir/out" >&2
    return 1
  fi
  printf -v "$_var" '%s' "$_endpoint"
}

stop_dynalites() {
  local _pid
  for _pid in "${DYNALITE_PIDS[@]}"; do
    kill "$_pid" 2>/dev/null || true
  done
  DYNALITE_PIDS=()
}
