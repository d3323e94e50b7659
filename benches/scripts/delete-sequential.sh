#!/bin/sh
# Deletes the contacts whose uuids are read from stdin (one per line) with one curl call
# at a time: the loop an administrator writes without refinerctl. Prints the HTTP status
# of each call on stdout, and sends no retry after a 429 or a 5xx.
#
# Usage: REFINER_API_URL=http://127.0.0.1:PORT/v1 REFINER_API_KEY=KEY delete-sequential.sh < ids.txt
set -u
while read -r id; do
  curl -s -o /dev/null -w '%{http_code}\n' -X DELETE \
    -H "Authorization: Bearer $REFINER_API_KEY" "$REFINER_API_URL/contact?uuid=$id"
done
