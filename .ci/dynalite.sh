# Sourced by CI scripts: starts local servers on free loopback ports.
#
#   start_dynalite endpoint_var                 dynalite (tools/dynalite/start.js); sets $endpoint_var to http://127.0.0.1:<port>
#   start_dax_stand_in endpoint_var target_url  an endpoint forwarding to target_url (tools/dynalite/dax-stand-in.js)
#
# Both scripts stop when their stdin closes. Each one's stdin is a FIFO whose only writer is this shell, so the server stops on
# its own when the calling script exits, however it exits; stop_dynalites also stops every server it started by PID.

DYNALITE_PIDS=()

start_dynalite() {
  _start_node_server "$1" start.js 0 127.0.0.1
}

start_dax_stand_in() {
  _start_node_server "$1" dax-stand-in.js "$2" 0 127.0.0.1
}

# _start_node_server var script args...: runs tools/dynalite/<script>, waits for the URL it prints, sets $var to it.
_start_node_server() {
  local _var=$1 _script=$2 _root _dir _fd _pid _endpoint=""
  shift 2
  _root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if [ ! -d "$_root/tools/dynalite/node_modules/dynalite" ]; then
    (cd "$_root/tools/dynalite" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  fi
  _dir=$(mktemp -d)
  mkfifo "$_dir/stdin"
  node "$_root/tools/dynalite/$_script" "$@" <"$_dir/stdin" >"$_dir/out" 2>&1 &
  _pid=$!
  exec {_fd}>"$_dir/stdin"   # held open until this shell exits; node waits for this open before starting
  DYNALITE_PIDS+=("$_pid")
  # The script prints "... listening on http://127.0.0.1:<port>" once the port is bound.
  for _ in $(seq 150); do
    _endpoint=$(grep -oE 'http://[0-9.]+:[0-9]+' "$_dir/out" | head -1 || true)
    [ -n "$_endpoint" ] && break
    kill -0 "$_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$_endpoint" ]; then
    echo "$_script did not start:" >&2
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
