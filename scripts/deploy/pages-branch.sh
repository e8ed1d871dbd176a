#!/bin/sh
# Publishes dist/ as the only commit of a branch of this repository (Codeberg Pages and other
# "pages from a branch" servers for Gitea/Forgejo). Settings from CI variables and secrets:
#   PAGES_BRANCH   branch to publish to ("pages" when empty)
#   PAGES_TOKEN    token with write access to the repository (secret)
#   REPO_URL       https address of the repository, e.g. https://codeberg.org/region/shnor-site.git
set -eu

if [ -z "${PAGES_TOKEN:-}" ] || [ -z "${REPO_URL:-}" ]; then
  echo "Публикация в ветку: не заданы PAGES_TOKEN и REPO_URL. Задайте их в настройках репозитория (см. README, «Публикация при сохранении»)." >&2
  exit 1
fi
if [ ! -f dist/index.html ]; then
  echo "Публикация в ветку: нет собранного сайта dist/. Сначала выполните npm run build." >&2
  exit 1
fi

branch="${PAGES_BRANCH:-pages}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp -R dist/. "$dir/"
cd "$dir"
git init -q -b "$branch"
git config user.name "ШНОР-знания CI"
git config user.email "ci@localhost"
git add -A
git commit -q -m "Сайт собран из $(printf '%.12s' "${GITHUB_SHA:-${CI_COMMIT_SHA:-}}")"
# The token goes in a header, never into the remote URL (it would show in logs).
auth=$(printf 'x-access-token:%s' "$PAGES_TOKEN" | base64 | tr -d '\n')
git -c http.extraHeader="Authorization: Basic $auth" push -q --force "$REPO_URL" "$branch:$branch"
echo "Сайт опубликован в ветку $branch"
