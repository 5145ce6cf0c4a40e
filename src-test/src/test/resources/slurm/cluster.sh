#!/usr/bin/env bash
# Brings a single-node SLURM cluster up in a directory of its own, or down again.
#
#   cluster.sh up DIR CONTROLLER_PORT NODE_PORT   # prints nothing; DIR/slurm.conf is the cluster's config
#   cluster.sh down DIR                           # stops the daemons whose pid files are in DIR
#
# All state (munge key and socket, slurm state, spool, logs, pid files) lives in DIR. Needs root, munge and SLURM's
# daemons and clients. The node declares 10 CPUs (more than the machine may have) so that a sweep's tasks start at
# once instead of in waves.
set -euo pipefail
command=$1
W=$(cd "$2" && pwd)

down() {
  local pids=()
  for file in "$W/run/slurmd.pid" "$W/run/slurmctld.pid" "$W/munge/munged.pid"; do
    [ -s "$file" ] && pids+=("$(cat "$file")")
  done
  [ ${#pids[@]} -eq 0 ] && return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 100); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && return 0
    sleep 0.1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
}

if [ "$command" = down ]; then
  down
  exit 0
fi

controller_port=$3
node_port=$4
chmod 755 "$W"
mkdir -p "$W"/{munge,state,spool,log,run}
mungekey --create --keyfile="$W/munge/munge.key" 2>/dev/null || mungekey -c -k "$W/munge/munge.key"
munged --socket="$W/munge/munge.sock" --key-file="$W/munge/munge.key" --pid-file="$W/munge/munged.pid" \
  --log-file="$W/log/munged.log" --seed-file="$W/munge/munged.seed"
memory=$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
cat > "$W/slurm.conf" <<CONF
ClusterName=hookline
SlurmctldHost=localhost
SlurmctldPort=$controller_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$W/munge/munge.sock
StateSaveLocation=$W/state
SlurmdSpoolDir=$W/spool
SlurmctldPidFile=$W/run/slurmctld.pid
SlurmdPidFile=$W/run/slurmd.pid
SlurmctldLogFile=$W/log/slurmctld.log
SlurmdLogFile=$W/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SlurmdParameters=config_overrides
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
MinJobAge=300
KillWait=30
NodeName=localhost NodeAddr=127.0.0.1 CPUs=10 RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$W/slurm.conf
slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF" -N localhost
for _ in $(seq 300); do
  [ "$(sinfo -h -N -o %t 2>/dev/null)" = idle ] && exit 0
  sleep 0.1
done
echo "the node did not become idle within 30 s: $(sinfo -h -N -o '%t %E' 2>&1)" >&2
exit 1
