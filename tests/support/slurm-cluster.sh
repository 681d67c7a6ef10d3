#!/usr/bin/env bash
# slurm-cluster.sh start DIR | stop DIR
# A real single-node Slurm cluster (Debian 12: slurm-wlm + munge) living entirely inside DIR, for tests.
# Needs root (slurmd must be root to run jobs as their users; SlurmUser=root keeps it to one account).
# No systemd and no /etc files are used, so several clusters can run side by side in different DIRs (own free ports).
# `start` prints one line:  export SLURM_CONF=DIR/slurm.conf   (also written to DIR/env)
# Clients (sbatch, squeue, scancel, sinfo, scontrol) need only SLURM_CONF: slurm.conf's AuthInfo names the munge socket.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1; dir=$(cd "$2" && pwd)   # absolute: slurm.conf paths and the env line must not depend on the cwd
conf=$dir/slurm.conf

# true while pid $1 runs: kill -0 alone also succeeds on a zombie nobody has reaped yet
running() { local st; read -r st <"/proc/$1/stat" 2>/dev/null || return 1; st=${st##*) }; [ "${st%% *}" != Z ]; }

# pid of the daemon whose pid file is $1, if it runs
alive() { local p; p=$(cat "$1" 2>/dev/null) && [ -n "$p" ] && running "$p" && echo "$p"; }

# SIGTERM each pid, wait up to $1 tenths of a second for all to go, then SIGKILL what is left
term_wait_kill() {
  local ticks=$1 p left; shift
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for ((i = 0; i < ticks; i++)); do
    left=; for p in "$@"; do running "$p" && left=1; done
    [ -n "$left" ] || return 0
    sleep 0.1
  done
  kill -KILL "$@" 2>/dev/null || true
}

# pids of this cluster's slurmstepds and job processes, found by their environment, never by name: slurmstepd
# inherits SLURM_CONF from slurmd (started with it exported), and slurmstepd sets SLURM_CONF in every job's environment
# (even with --export=NONE). Requiring slurmstepd or SLURM_JOB_ID spares the caller, whose environment may hold
# SLURM_CONF too.
cluster_pids() {
  local f p
  grep -slzxF "SLURM_CONF=$conf" /proc/[0-9]*/environ | while read -r f; do
    p=${f#/proc/}; p=${p%/environ}
    { [ "$(cat "/proc/$p/comm" 2>/dev/null)" = slurmstepd ] || grep -sqz '^SLURM_JOB_ID=' "$f"; } && echo "$p"
  done || true   # no match: grep fails
}

# shellcheck disable=SC2046,SC2086  # pid lists are meant to split into words
stop() {
  # controller first (schedules nothing more), then slurmd (launches nothing more); SIGTERM to slurmd leaves jobs
  # running by design, so their slurmstepds and processes are killed next, and munged last (the others talk to it)
  term_wait_kill 50 $(alive "$dir/slurmctld.pid")
  term_wait_kill 50 $(alive "$dir/slurmd.pid")
  local jobs   # test jobs need no grace period; repeat in case one forked while we looked
  for _ in 1 2 3; do
    jobs=$(cluster_pids); [ -n "$jobs" ] || break
    kill -KILL $jobs 2>/dev/null || true; sleep 0.1
  done
  term_wait_kill 30 $(alive "$dir/munged.pid")
}

fail() {
  echo "slurm-cluster: $*" >&2
  local f; for f in "$dir"/*.log "$dir"/*.out; do [ -s "$f" ] && { echo "--- $f" >&2; tail -n 20 "$f" >&2; }; done
  stop; exit 1
}

# a TCP port nobody listens on: random in 20000-59999, probed with bash's /dev/tcp (no python/ss in a minimal Debian)
free_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 40000))
    [ "$p" != "${1:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null && { echo $p; return; }
  done
  echo "slurm-cluster: no free port found" >&2; return 1
}

start() {
  [ "$(id -u)" = 0 ] || { echo "slurm-cluster: needs root" >&2; exit 2; }
  [ -z "$(alive "$dir/slurmctld.pid")" ] || { echo "slurm-cluster: already running in $dir" >&2; exit 1; }
  # every daemon gets this cluster's SLURM_CONF (not the caller's): slurmstepd inherits it, which is how `stop` finds it
  export SLURM_CONF=$conf
  # munged refuses key/socket directories that group or others can write
  chmod 0700 "$dir"; mkdir -p "$dir/state" "$dir/spool"
  dd if=/dev/urandom of="$dir/munge.key" bs=1 count=1024 status=none
  chmod 0400 "$dir/munge.key"; chown root:root "$dir/munge.key"
  # --force: munged otherwise refuses a socket that not every user can reach (DIR is 0700; only root needs it here)
  munged --force --key-file="$dir/munge.key" --socket="$dir/munge.socket" --pid-file="$dir/munged.pid" \
    --log-file="$dir/munged.log" --seed-file="$dir/munged.seed" </dev/null >>"$dir/munged.out" 2>&1 \
    || fail "munged did not start"

  local host cpus mem ctld_port d_port
  host=$(hostname -s)
  cpus=$(nproc)
  mem=$(awk '/^MemTotal:/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)   # below the real size, or the node drains
  ctld_port=$(free_port); d_port=$(free_port "$ctld_port")
  cat >"$conf" <<EOF
ClusterName=testcluster
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# nothing that needs cgroups or systemd (a chroot has neither)
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
PlugStackConfig=$dir/plugstack.conf
MpiDefault=none
MailProg=/bin/true
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
# one job per core, so array tasks run side by side
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
# trust the CPUs/memory below rather than draining the node when the hardware probe disagrees
SlurmdParameters=config_overrides
ReturnToService=2
# fast: schedule at once, cancel/kill quickly; finished jobs stay visible to squeue/scontrol for MinJobAge s
SchedulerParameters=sched_interval=1,bf_interval=1,sched_min_interval=100000
SlurmdTimeout=30
SlurmctldTimeout=30
InactiveLimit=0
KillWait=2
MinJobAge=10
MessageTimeout=5
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  : >"$dir/plugstack.conf"   # not /etc/slurm/plugstack.conf: keep the host's SPANK plugins out
  # -c: clean start (no saved state); daemons fork themselves and write the pid files above
  slurmctld -c -f "$conf" </dev/null >>"$dir/slurmctld.out" 2>&1 || fail "slurmctld did not start"
  slurmd -c -f "$conf" -N "$host" </dev/null >>"$dir/slurmd.out" 2>&1 || fail "slurmd did not start"

  # bounded wait (30 s) for the node to register idle
  local state='' d
  for _ in $(seq 150); do
    for d in slurmctld slurmd; do   # a daemon that wrote its pid file and died (e.g. port taken): fail now
      [ ! -s "$dir/$d.pid" ] || [ -n "$(alive "$dir/$d.pid")" ] || fail "$d died"
    done
    state=$(timeout 5 sinfo -h -N -o %T 2>/dev/null || true)
    [ "$state" = idle ] && break
    sleep 0.2
  done
  [ "$state" = idle ] || fail "node not idle after 30 s (sinfo says '${state:-nothing}')"
  echo "export SLURM_CONF=$conf" | tee "$dir/env"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
