#!/bin/sh
# Uploads dist/ to a web server by rsync over SSH (used by every CI workflow of the repository).
# Settings come from CI variables and secrets:
#   DEPLOY_HOST, DEPLOY_USER, DEPLOY_PATH   where the site lives, e.g. www.example.ru, deploy, /var/www/shnor
#   DEPLOY_PORT                             SSH port (22 when empty)
#   DEPLOY_SSH_KEY                          private key of the deploy user (secret)
#   DEPLOY_KNOWN_HOSTS                      the server's line(s) from `ssh-keyscan <host>` (secret or variable)
set -eu

missing=""
for name in DEPLOY_HOST DEPLOY_USER DEPLOY_PATH DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || missing="$missing $name"
done
if [ -n "$missing" ]; then
  echo "Публикация по rsync: не заданы переменные CI:$missing. Задайте их в настройках репозитория (см. README, «Публикация при сохранении»)." >&2
  exit 1
fi
if [ ! -f dist/index.html ]; then
  echo "Публикация по rsync: нет собранного сайта dist/. Сначала выполните npm run build." >&2
  exit 1
fi

if ! command -v rsync >/dev/null 2>&1 || ! command -v ssh >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rsync openssh-client >/dev/null
  else
    echo "Публикация по rsync: в образе сборки нет rsync или ssh. Установите их (apt-get install rsync openssh-client)." >&2
    exit 1
  fi
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '%s\n' "$DEPLOY_SSH_KEY" > "$dir/key"
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" > "$dir/known_hosts"
chmod 600 "$dir/key"

# --delete removes pages that no longer exist; --delay-updates swaps files in at the end, so readers
# never see half an upload.
rsync -rlz --delete --delay-updates --chmod=D755,F644 \
  -e "ssh -i $dir/key -p ${DEPLOY_PORT:-22} -o UserKnownHostsFile=$dir/known_hosts -o StrictHostKeyChecking=yes -o BatchMode=yes" \
  dist/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH/"
echo "Сайт опубликован: $DEPLOY_HOST:$DEPLOY_PATH"
