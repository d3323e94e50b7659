#!/bin/sh
# Deletes the contacts whose uuids are read from stdin (one per line) with 8 curl calls in
# flight at once (`xargs -P 8`): the parallel form of the administrator's loop. Prints the
# HTTP status of each call on stdout, and sends no retry after a 429 or a 5xx.
#
# Usage: REFINER_API_URL=http://127.0.0.1:PORT/v1 REFINER_API_KEY=KEY delete-xargs.sh < ids.txt
set -u
xargs -P 8 -I '{}' curl -s -o /dev/null -w '%{http_code}\n' -X DELETE \
  -H "Authorization: Bearer $REFINER_API_KEY" "$REFINER_API_URL/contact?uuid={}"
