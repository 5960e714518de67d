#!/bin/bash
# Container health of the POLIS image: healthy when the portal answers on the HTTP listener
# (EAR deployed, schema migrated) and the MicroProfile readiness checks (database) pass.
# Uses bash's /dev/tcp: the base image has no curl.

status_of() {
  exec 3<>"/dev/tcp/127.0.0.1/8080" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  local proto code rest
  read -r -t 5 proto code rest <&3 || code=000
  exec 3<&- 3>&-
  [ "$code" = "200" ]
}

status_of /polis/api/version && status_of /health/ready && exit 0
exit 1
