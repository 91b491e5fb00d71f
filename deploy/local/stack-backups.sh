# Backup and restore of the local stack's cluster layout, in the order of Camunda's procedure
# (deploy/README.md, "Backups"): sourced by deploy/local/stack, whose variables and functions
# (data, logs, layout, fail, say, find_jdk, cmd_start, cmd_stop) it uses. Run as
# "deploy/local/stack backup ID" and "deploy/local/stack restore ID".
# shellcheck shell=bash

# The cluster layout's backup stores: the brokers' S3 bucket (on the local S3 server) and the
# search store's snapshot repository (a folder beside its data). Camunda's procedure, one id for
# every part: deploy/README.md, "Backups".
snapshot_repository=camunda-backups
backup_bucket=zeebe-backups
backup_store_env() {
  # The local S3 server checks no credentials; the client wants some.
  export ZEEBE_BROKER_DATA_BACKUP_STORE=S3 ZEEBE_BROKER_DATA_BACKUP_S3_BUCKETNAME="$backup_bucket" \
    ZEEBE_BROKER_DATA_BACKUP_S3_ENDPOINT=http://127.0.0.1:9500 \
    ZEEBE_BROKER_DATA_BACKUP_S3_REGION=us-east-1 ZEEBE_BROKER_DATA_BACKUP_S3_FORCEPATHSTYLEACCESS=true \
    ZEEBE_BROKER_DATA_BACKUP_S3_ACCESSKEY=local-stack ZEEBE_BROKER_DATA_BACKUP_S3_SECRETKEY=local-stack
}
prepare_backup_stores() {
  [ "$layout" = cluster ] || return 0
  case "$1" in
    backups) curl -s -o /dev/null -X PUT "http://127.0.0.1:9500/$backup_bucket" ;;
    opensearch)
      curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' \
        "http://127.0.0.1:9200/_snapshot/$snapshot_repository" \
        -d "{\"type\":\"fs\",\"settings\":{\"location\":\"$snapshot_repository\"}}" ||
        fail "the search store refused the snapshot repository: see $logs/opensearch.log" ;;
  esac
}

api() { # method url [json]: the body of a 2xx answer, else fail
  local out
  out="$(curl -sS -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} -w '\n%{http_code}' "$2")" ||
    fail "$1 $2: no answer"
  [[ "${out##*$'\n'}" == 2* ]] || fail "$1 $2: HTTP ${out##*$'\n'} ${out%$'\n'*}"
  printf '%s' "${out%$'\n'*}"
}
await_backup() { # management url, id: until the component says COMPLETED
  local deadline=$((SECONDS + 300)) state
  while :; do
    state="$(curl -sf "$1/actuator/backups/$2" | grep -o '"state" *: *"[A-Z_]*"' | head -1 || true)"
    case "$state" in
      *COMPLETED*) return 0 ;;
      *FAILED* | *INCOMPLETE*) fail "backup $2 at $1: $state" ;;
    esac
    [ "$SECONDS" -ge "$deadline" ] && fail "backup $2 at $1 not completed after 300 s"
    sleep 2
  done
}

cmd_backup() {
  local id="${1:-}"
  [[ "$id" =~ ^[0-9]+$ ]] || fail "backup needs a numeric id, larger than the last one (e.g. \$(date +%s))"
  [ "$layout" = cluster ] || fail "backup is for the cluster layout (start --cluster): its brokers have a backup store"
  say "Backup $id: Operate and Tasklist ..."
  api POST http://127.0.0.1:9681/actuator/backups "{\"backupId\":$id}" >/dev/null
  api POST http://127.0.0.1:9682/actuator/backups "{\"backupId\":$id}" >/dev/null
  await_backup http://127.0.0.1:9681 "$id"
  await_backup http://127.0.0.1:9682 "$id"
  say "Backup $id: exporting paused, Zeebe's records in the search store, the brokers ..."
  api POST http://127.0.0.1:9600/actuator/exporting/pause >/dev/null
  api PUT "http://127.0.0.1:9200/_snapshot/$snapshot_repository/camunda_zeebe_records_backup_$id?wait_for_completion=true" \
    '{"indices":"zeebe-record*","include_global_state":false}' >/dev/null
  api POST http://127.0.0.1:9600/actuator/backups "{\"backupId\":$id}" >/dev/null
  await_backup http://127.0.0.1:9600 "$id"
  api POST http://127.0.0.1:9600/actuator/exporting/resume >/dev/null
  # After the brokers: what the workers wrote since is done again, idempotently, after a restore.
  say "Backup $id: the application's indices and documents ..."
  api PUT "http://127.0.0.1:9200/_snapshot/$snapshot_repository/ubnd_$id?wait_for_completion=true" \
    '{"indices":"ubnd-*","include_global_state":false}' >/dev/null
  mkdir -p "$data/backups/documents"
  cp -a "$data/documents" "$data/backups/documents/$id"
  say "Backup $id complete."
}

cmd_restore() {
  local id="${1:-}" name n snapshot
  [[ "$id" =~ ^[0-9]+$ ]] || fail "restore needs the id of a backup"
  [ "$layout" = cluster ] || fail "restore is for the cluster layout (start --cluster)"
  [ -d "$data/backups/documents/$id" ] || fail "no backup $id in $data/backups"
  jdk="$(find_jdk)" || fail "no JDK 21 or newer found"
  say "Restore $id: stopping the workers, Tasklist, Operate, the gateway and the brokers ..."
  for name in workers tasklist operate gateway broker-2 broker-1 broker-0; do cmd_stop "$name" >/dev/null; done
  for n in 0 1 2; do
    rm -rf "${data:?}/broker-$n"
    mkdir -p "$data/broker-$n"
    (
      cd "$camunda_home"
      export JAVA_HOME="$jdk" JAVA_OPTS="-Xmx$BROKER_HEAP -XX:+UseSerialGC"
      export ZEEBE_BROKER_CLUSTER_NODEID="$n" ZEEBE_BROKER_DATA_DIRECTORY="$data/broker-$n"
      export ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT="265$((n + 1))1"
      export ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT="265$((n + 1))2"
      export SERVER_PORT="96$((n + 1))1" MANAGEMENT_SERVER_PORT="96$((n + 1))0"
      backup_store_env
      "$camunda_home/bin/restore" --backupId="$id" >>"$logs/restore.log" 2>&1
    ) || fail "broker $n could not be restored from backup $id: see $logs/restore.log"
  done
  say "Restore $id: the search store's indices ..."
  api DELETE "http://127.0.0.1:9200/operate-*,tasklist-*,zeebe-record*,ubnd-*" >/dev/null
  for snapshot in $(api GET "http://127.0.0.1:9200/_cat/snapshots/$snapshot_repository?h=id" |
    grep -E "^(camunda_(operate|tasklist)_${id}_|camunda_zeebe_records_backup_${id}\$|ubnd_${id}\$)"); do
    api POST "http://127.0.0.1:9200/_snapshot/$snapshot_repository/$snapshot/_restore?wait_for_completion=true" \
      '{"include_global_state":false}' >/dev/null
  done
  rm -rf "${data:?}/documents"
  cp -a "$data/backups/documents/$id" "$data/documents"
  say "Restore $id: starting again ..."
  cmd_start
}
