# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_refinerctl_global_optspecs
    string join \n profile= api-url= api-key-file= sandbox o/output= q/quiet v/verbose color= no-input concurrency= max-rps= timeout= retries= h/help V/version
end

function __fish_refinerctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_refinerctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_refinerctl_using_subcommand
    set -l cmd (__fish_refinerctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c refinerctl -n "__fish_refinerctl_needs_command" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_needs_command" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "auth" -d 'Store, check and remove API keys'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "account" -d 'Show the plan, usage and environments of the Refiner account'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "segments" -d 'List segments'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "users" -d 'Find, show and delete users'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "environment" -d 'Purge an environment: delete every user and response in it'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "jobs" -d 'List, show and resume deletion jobs'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "export" -d 'Export everything the environment holds about users (subject-access requests)'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "retention" -d 'Keep a retention policy, audit it from cron and enforce it'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "sandbox" -d 'Run and manage the local sandbox server'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c refinerctl -n "__fish_refinerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show the profile, the key\'s source (masked), the API URL and the environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the stored key of a profile'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l protected -d 'Mark the profile protected: destructive commands then also need --confirm'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-verify -d 'Store the key without checking it against the API'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the profile, the key\'s source (masked), the API URL and the environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored key of a profile'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand account" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List every segment with its member count'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l no-counts -d 'Skip the member counts (one request per segment)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every segment with its member count'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand segments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -f -a "list" -d 'List users, optionally filtered by segment or search text'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -f -a "get" -d 'Show every user an identifier names (an email may name several)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -f -a "delete" -d 'Delete users: dry run, confirmation, plan, receipts and verification'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and not __fish_seen_subcommand_from list get delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l segment -d 'Only members of this segment (name or uuid)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l search -d 'Only users whose user ID, uuid, email or name contains TEXT (the API\'s search)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N users' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l order-by -d 'Sort order of the listing' -r -f -a "first-seen-at\t''
last-seen-at\t''
last-form-submission-at\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l id -d 'The identifier is a user ID (your own ID, `remote_id` in Refiner)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l email -d 'The identifier is an email; every contact with it is meant' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l uuid -d 'The identifier is a Refiner contact uuid' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l id -d 'A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l email -d 'An email; selects every user with it (repeatable)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l uuid -d 'A Refiner contact uuid (repeatable)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l ids-file -d 'Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l column -d 'Column of the ids file that holds the identifiers; makes the file CSV with a header row' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l segment -d 'Only members of this segment (name or uuid)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l search -d 'Only users whose user ID, uuid, email or name contains TEXT, ignoring case' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l where -d 'Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact field, account.FIELD or a trait' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l inactive-days -d 'Only users whose last activity (last seen, else first seen) is more than N days ago' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l confirm -d 'Name of the environment, required for protected profiles and purges' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l max-delete -d 'Abort before deleting anything when more than N users are selected' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l receipt-identifiers -d 'How plans and receipts record the identifiers that selected each user' -r -f -a "hashed\t'A SHA-256 digest of the lower-cased identifier'
plain\t'The identifier itself'"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l export-to -d 'Before deleting each user, write everything the environment stores about them to DIR/<uuid>.json. A user whose export fails is skipped and not deleted' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print exactly what would be deleted, and delete nothing'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without the interactive confirmation (required without a terminal)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, optionally filtered by segment or search text'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show every user an identifier names (an email may name several)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users: dry run, confirmation, plan, receipts and verification'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -f -a "purge" -d 'Delete every user, and so every response, in the environment of the API key'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and not __fish_seen_subcommand_from purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l confirm -d 'Name of the environment, required for protected profiles and purges' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l max-delete -d 'Abort before deleting anything when more than N users are selected' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l receipt-identifiers -d 'How plans and receipts record the identifiers that selected each user' -r -f -a "hashed\t'A SHA-256 digest of the lower-cased identifier'
plain\t'The identifier itself'"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l export-to -d 'Before deleting each user, write everything the environment stores about them to DIR/<uuid>.json. A user whose export fails is skipped and not deleted' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l dry-run -d 'Print exactly what would be deleted, and delete nothing'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Delete without the interactive confirmation (required without a terminal)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete every user, and so every response, in the environment of the API key'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -f -a "list" -d 'List the deletion jobs in the state folder, oldest first'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -f -a "show" -d 'Show one job: where it ran, its counts, and with -o json the result of every item'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -f -a "resume" -d 'Finish a job: delete the items with no receipt and retry the failed ones, then verify'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show resume help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l confirm -d 'Name of the environment, required for protected profiles and purges' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l last -d 'Resume the most recently created job'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l dry-run -d 'Print the items that would be deleted, and delete nothing'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s y -l yes -d 'Delete without the interactive confirmation (required without a terminal)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the deletion jobs in the state folder, oldest first'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one job: where it ran, its counts, and with -o json the result of every item'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Finish a job: delete the items with no receipt and retry the failed ones, then verify'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l id -d 'A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l email -d 'An email; selects every user with it (repeatable)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l uuid -d 'A Refiner contact uuid (repeatable)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l ids-file -d 'Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l column -d 'Column of the ids file that holds the identifiers; makes the file CSV with a header row' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l segment -d 'Only members of this segment (name or uuid)' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l search -d 'Only users whose user ID, uuid, email or name contains TEXT, ignoring case' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l where -d 'Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact field, account.FIELD or a trait' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l inactive-days -d 'Only users whose last activity (last seen, else first seen) is more than N days ago' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l format -d 'Output format [default: json, or csv with `-o csv`]' -r -f -a "json\t'One JSON document per subject, lossless'
csv\t'contacts.csv, responses.csv and segments.csv'"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l out -d 'Write to PATH instead of stdout. A folder (an existing one, or a path ending in `/`) gets one JSON file per subject or the three CSV tables, then manifest.json. A file gets one JSON document for one subject and NDJSON for several. For CSV, a PATH ending in `.csv` gets the contacts table and any other PATH is a folder' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l all -d 'Export every user in the environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l force -d 'Replace output files that exist already'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l bom -d 'Start CSV files with a UTF-8 byte order mark, which Excel needs'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l raw-cells -d 'Write CSV strings exactly, without the `\'` that keeps spreadsheets from running cells starting with = + - @ tab or CR as formulas'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -f -a "set" -d 'Store a retention policy in the profile, replacing the one stored before'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -f -a "show" -d 'Print the retention policy of the profile or of a policy file'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -f -a "clear" -d 'Remove the retention policy from the profile'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -f -a "audit" -d 'List the users that violate the policy; read-only, exits 8 when there are any'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -f -a "apply" -d 'Delete the users that violate the policy, oldest last activity first'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and not __fish_seen_subcommand_from set show clear audit apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l inactive-days -d 'Delete users with a completed survey response after N days without activity' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l never-responded-inactive-days -d 'Delete users without any completed response after N days without activity' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l exclude-segment -d 'Never delete members of this segment (name or uuid); repeatable' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l protect -d 'Never delete the user with this user ID, email or uuid; repeatable' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l policy -d 'Read the policy from this TOML file instead of the profile' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l policy -d 'Read the policy from this TOML file instead of the profile' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l report -d 'Also write the audit as a JSON report to FILE (mode 0600)' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l policy -d 'Read the policy from this TOML file instead of the profile' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l confirm -d 'Name of the environment, required for protected profiles and purges' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l receipt-identifiers -d 'How plans and receipts record the identifiers that selected each user' -r -f -a "hashed\t'A SHA-256 digest of the lower-cased identifier'
plain\t'The identifier itself'"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l max-delete -d 'Delete at most N users in this run, those with the oldest last activity; the rest wait for the next run' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print exactly what would be deleted, and delete nothing'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Delete without the interactive confirmation (required without a terminal)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l allow-mass-deletion -d 'Allow a run that deletes more than half of the environment\'s users'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a retention policy in the profile, replacing the one stored before'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the retention policy of the profile or of a policy file'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove the retention policy from the profile'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "audit" -d 'List the users that violate the policy; read-only, exits 8 when there are any'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Delete the users that violate the policy, oldest last activity first'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve a Refiner-compatible API on loopback until interrupted'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Delete the sandbox database that --sandbox uses and seed it anew'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l addr -d 'Loopback address to listen on; port 0 picks a free port' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l db -d 'SQLite database; created and seeded when missing [default: sandbox.db in the state folder]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed of the generated data' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l contacts -d 'Number of contacts generated for a new database' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Delay added to every request, in milliseconds' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Enforce the documented rate limits (4,000 requests per minute per key, 100 per minute per user identifier)' -r -f -a "on\t''
off\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-per-minute -d 'Requests per minute per key when the rate limit is on' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l user-rate-per-minute -d 'Requests per minute per user identifier when the rate limit is on' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l faults -d 'Injected faults: comma-separated KIND=RATE (a share of requests) or KIND#N (the next N requests); KIND is 500, 502, 503, 429, 429-date, drop, html or slow' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l page-length -d 'Default page length of list endpoints' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l seed -d 'Seed of the generated data' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l contacts -d 'Number of contacts to generate' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve a Refiner-compatible API on loopback until interrupted'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete the sandbox database that --sandbox uses and seed it anew'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l profile -d 'Profile in the config file to use [env: REFINER_PROFILE]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l api-url -d 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l api-key-file -d 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]' -r -F
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -s o -l output -d 'Output format of data on stdout' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l color -d 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l concurrency -d 'Requests in flight at once in bulk work' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l max-rps -d 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l timeout -d 'Seconds to wait for one HTTP request before it counts as timed out' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l retries -d 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up' -r
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l sandbox -d 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -s v -l verbose -d 'Print details such as each request\'s retries and timings on stderr'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -l no-input -d 'Never prompt; treat the session as having no terminal (as CI=true does)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "auth" -d 'Store, check and remove API keys'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "account" -d 'Show the plan, usage and environments of the Refiner account'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "segments" -d 'List segments'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "users" -d 'Find, show and delete users'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "environment" -d 'Purge an environment: delete every user and response in it'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "jobs" -d 'List, show and resume deletion jobs'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "export" -d 'Export everything the environment holds about users (subject-access requests)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "retention" -d 'Keep a retention policy, audit it from cron and enforce it'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "sandbox" -d 'Run and manage the local sandbox server'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and not __fish_seen_subcommand_from auth account segments users environment jobs export retention sandbox completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the profile, the key\'s source (masked), the API URL and the environment'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored key of a profile'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from segments" -f -a "list" -d 'List every segment with its member count'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users, optionally filtered by segment or search text'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show every user an identifier names (an email may name several)'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete users: dry run, confirmation, plan, receipts and verification'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "purge" -d 'Delete every user, and so every response, in the environment of the API key'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "list" -d 'List the deletion jobs in the state folder, oldest first'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "show" -d 'Show one job: where it ran, its counts, and with -o json the result of every item'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "resume" -d 'Finish a job: delete the items with no receipt and retry the failed ones, then verify'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "set" -d 'Store a retention policy in the profile, replacing the one stored before'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "show" -d 'Print the retention policy of the profile or of a policy file'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "clear" -d 'Remove the retention policy from the profile'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "audit" -d 'List the users that violate the policy; read-only, exits 8 when there are any'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "apply" -d 'Delete the users that violate the policy, oldest last activity first'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve a Refiner-compatible API on loopback until interrupted'
complete -c refinerctl -n "__fish_refinerctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Delete the sandbox database that --sandbox uses and seed it anew'
