
use builtin;
use str;

set edit:completion:arg-completer[refinerctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'refinerctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'refinerctl'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Store, check and remove API keys'
            cand account 'Show the plan, usage and environments of the Refiner account'
            cand segments 'List segments'
            cand users 'Find, show and delete users'
            cand environment 'Purge an environment: delete every user and response in it'
            cand jobs 'List, show and resume deletion jobs'
            cand export 'Export everything the environment holds about users (subject-access requests)'
            cand retention 'Keep a retention policy, audit it from cron and enforce it'
            cand sandbox 'Run and manage the local sandbox server'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;auth'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API'
            cand status 'Show the profile, the key''s source (masked), the API URL and the environment'
            cand logout 'Remove the stored key of a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;auth;login'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --protected 'Mark the profile protected: destructive commands then also need --confirm'
            cand --no-verify 'Store the key without checking it against the API'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;auth;status'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;auth;logout'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;auth;help'= {
            cand login 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API'
            cand status 'Show the profile, the key''s source (masked), the API URL and the environment'
            cand logout 'Remove the stored key of a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;auth;help;login'= {
        }
        &'refinerctl;auth;help;status'= {
        }
        &'refinerctl;auth;help;logout'= {
        }
        &'refinerctl;auth;help;help'= {
        }
        &'refinerctl;account'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;segments'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every segment with its member count'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;segments;list'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --no-counts 'Skip the member counts (one request per segment)'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;segments;help'= {
            cand list 'List every segment with its member count'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;segments;help;list'= {
        }
        &'refinerctl;segments;help;help'= {
        }
        &'refinerctl;users'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List users, optionally filtered by segment or search text'
            cand get 'Show every user an identifier names (an email may name several)'
            cand delete 'Delete users: dry run, confirmation, plan, receipts and verification'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;users;list'= {
            cand --segment 'Only members of this segment (name or uuid)'
            cand --search 'Only users whose user ID, uuid, email or name contains TEXT (the API''s search)'
            cand --limit 'Stop after N users'
            cand --order-by 'Sort order of the listing'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;users;get'= {
            cand --id 'The identifier is a user ID (your own ID, `remote_id` in Refiner)'
            cand --email 'The identifier is an email; every contact with it is meant'
            cand --uuid 'The identifier is a Refiner contact uuid'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;users;delete'= {
            cand --id 'A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)'
            cand --email 'An email; selects every user with it (repeatable)'
            cand --uuid 'A Refiner contact uuid (repeatable)'
            cand --ids-file 'Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column'
            cand --column 'Column of the ids file that holds the identifiers; makes the file CSV with a header row'
            cand --segment 'Only members of this segment (name or uuid)'
            cand --search 'Only users whose user ID, uuid, email or name contains TEXT, ignoring case'
            cand --where 'Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact field, account.FIELD or a trait'
            cand --inactive-days 'Only users whose last activity (last seen, else first seen) is more than N days ago'
            cand --confirm 'Name of the environment, required for protected profiles and purges'
            cand --max-delete 'Abort before deleting anything when more than N users are selected'
            cand --receipt-identifiers 'How plans and receipts record the identifiers that selected each user'
            cand --export-to 'Before deleting each user, write everything the environment stores about them to DIR/<uuid>.json. A user whose export fails is skipped and not deleted'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --dry-run 'Print exactly what would be deleted, and delete nothing'
            cand -y 'Delete without the interactive confirmation (required without a terminal)'
            cand --yes 'Delete without the interactive confirmation (required without a terminal)'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;users;help'= {
            cand list 'List users, optionally filtered by segment or search text'
            cand get 'Show every user an identifier names (an email may name several)'
            cand delete 'Delete users: dry run, confirmation, plan, receipts and verification'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;users;help;list'= {
        }
        &'refinerctl;users;help;get'= {
        }
        &'refinerctl;users;help;delete'= {
        }
        &'refinerctl;users;help;help'= {
        }
        &'refinerctl;environment'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand purge 'Delete every user, and so every response, in the environment of the API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;environment;purge'= {
            cand --confirm 'Name of the environment, required for protected profiles and purges'
            cand --max-delete 'Abort before deleting anything when more than N users are selected'
            cand --receipt-identifiers 'How plans and receipts record the identifiers that selected each user'
            cand --export-to 'Before deleting each user, write everything the environment stores about them to DIR/<uuid>.json. A user whose export fails is skipped and not deleted'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --dry-run 'Print exactly what would be deleted, and delete nothing'
            cand -y 'Delete without the interactive confirmation (required without a terminal)'
            cand --yes 'Delete without the interactive confirmation (required without a terminal)'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;environment;help'= {
            cand purge 'Delete every user, and so every response, in the environment of the API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;environment;help;purge'= {
        }
        &'refinerctl;environment;help;help'= {
        }
        &'refinerctl;jobs'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the deletion jobs in the state folder, oldest first'
            cand show 'Show one job: where it ran, its counts, and with -o json the result of every item'
            cand resume 'Finish a job: delete the items with no receipt and retry the failed ones, then verify'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;jobs;list'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;jobs;show'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;jobs;resume'= {
            cand --confirm 'Name of the environment, required for protected profiles and purges'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --last 'Resume the most recently created job'
            cand --dry-run 'Print the items that would be deleted, and delete nothing'
            cand -y 'Delete without the interactive confirmation (required without a terminal)'
            cand --yes 'Delete without the interactive confirmation (required without a terminal)'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;jobs;help'= {
            cand list 'List the deletion jobs in the state folder, oldest first'
            cand show 'Show one job: where it ran, its counts, and with -o json the result of every item'
            cand resume 'Finish a job: delete the items with no receipt and retry the failed ones, then verify'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;jobs;help;list'= {
        }
        &'refinerctl;jobs;help;show'= {
        }
        &'refinerctl;jobs;help;resume'= {
        }
        &'refinerctl;jobs;help;help'= {
        }
        &'refinerctl;export'= {
            cand --id 'A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)'
            cand --email 'An email; selects every user with it (repeatable)'
            cand --uuid 'A Refiner contact uuid (repeatable)'
            cand --ids-file 'Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column'
            cand --column 'Column of the ids file that holds the identifiers; makes the file CSV with a header row'
            cand --segment 'Only members of this segment (name or uuid)'
            cand --search 'Only users whose user ID, uuid, email or name contains TEXT, ignoring case'
            cand --where 'Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact field, account.FIELD or a trait'
            cand --inactive-days 'Only users whose last activity (last seen, else first seen) is more than N days ago'
            cand --format 'Output format [default: json, or csv with `-o csv`]'
            cand --out 'Write to PATH instead of stdout. A folder (an existing one, or a path ending in `/`) gets one JSON file per subject or the three CSV tables, then manifest.json. A file gets one JSON document for one subject and NDJSON for several. For CSV, a PATH ending in `.csv` gets the contacts table and any other PATH is a folder'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --all 'Export every user in the environment'
            cand --force 'Replace output files that exist already'
            cand --bom 'Start CSV files with a UTF-8 byte order mark, which Excel needs'
            cand --raw-cells 'Write CSV strings exactly, without the `''` that keeps spreadsheets from running cells starting with = + - @ tab or CR as formulas'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;retention'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Store a retention policy in the profile, replacing the one stored before'
            cand show 'Print the retention policy of the profile or of a policy file'
            cand clear 'Remove the retention policy from the profile'
            cand audit 'List the users that violate the policy; read-only, exits 8 when there are any'
            cand apply 'Delete the users that violate the policy, oldest last activity first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;retention;set'= {
            cand --inactive-days 'Delete users with a completed survey response after N days without activity'
            cand --never-responded-inactive-days 'Delete users without any completed response after N days without activity'
            cand --exclude-segment 'Never delete members of this segment (name or uuid); repeatable'
            cand --protect 'Never delete the user with this user ID, email or uuid; repeatable'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;retention;show'= {
            cand --policy 'Read the policy from this TOML file instead of the profile'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;retention;clear'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;retention;audit'= {
            cand --policy 'Read the policy from this TOML file instead of the profile'
            cand --report 'Also write the audit as a JSON report to FILE (mode 0600)'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;retention;apply'= {
            cand --policy 'Read the policy from this TOML file instead of the profile'
            cand --confirm 'Name of the environment, required for protected profiles and purges'
            cand --receipt-identifiers 'How plans and receipts record the identifiers that selected each user'
            cand --max-delete 'Delete at most N users in this run, those with the oldest last activity; the rest wait for the next run'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --dry-run 'Print exactly what would be deleted, and delete nothing'
            cand -y 'Delete without the interactive confirmation (required without a terminal)'
            cand --yes 'Delete without the interactive confirmation (required without a terminal)'
            cand --allow-mass-deletion 'Allow a run that deletes more than half of the environment''s users'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;retention;help'= {
            cand set 'Store a retention policy in the profile, replacing the one stored before'
            cand show 'Print the retention policy of the profile or of a policy file'
            cand clear 'Remove the retention policy from the profile'
            cand audit 'List the users that violate the policy; read-only, exits 8 when there are any'
            cand apply 'Delete the users that violate the policy, oldest last activity first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;retention;help;set'= {
        }
        &'refinerctl;retention;help;show'= {
        }
        &'refinerctl;retention;help;clear'= {
        }
        &'refinerctl;retention;help;audit'= {
        }
        &'refinerctl;retention;help;apply'= {
        }
        &'refinerctl;retention;help;help'= {
        }
        &'refinerctl;sandbox'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve a Refiner-compatible API on loopback until interrupted'
            cand reset 'Delete the sandbox database that --sandbox uses and seed it anew'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;sandbox;serve'= {
            cand --addr 'Loopback address to listen on; port 0 picks a free port'
            cand --db 'SQLite database; created and seeded when missing [default: sandbox.db in the state folder]'
            cand --seed 'Seed of the generated data'
            cand --contacts 'Number of contacts generated for a new database'
            cand --latency-ms 'Delay added to every request, in milliseconds'
            cand --rate-limit 'Enforce the documented rate limits (4,000 requests per minute per key, 100 per minute per user identifier)'
            cand --rate-per-minute 'Requests per minute per key when the rate limit is on'
            cand --user-rate-per-minute 'Requests per minute per user identifier when the rate limit is on'
            cand --faults 'Injected faults: comma-separated KIND=RATE (a share of requests) or KIND#N (the next N requests); KIND is 500, 502, 503, 429, 429-date, drop, html or slow'
            cand --page-length 'Default page length of list endpoints'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;sandbox;reset'= {
            cand --seed 'Seed of the generated data'
            cand --contacts 'Number of contacts to generate'
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;sandbox;help'= {
            cand serve 'Serve a Refiner-compatible API on loopback until interrupted'
            cand reset 'Delete the sandbox database that --sandbox uses and seed it anew'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;sandbox;help;serve'= {
        }
        &'refinerctl;sandbox;help;reset'= {
        }
        &'refinerctl;sandbox;help;help'= {
        }
        &'refinerctl;completions'= {
            cand --profile 'Profile in the config file to use [env: REFINER_PROFILE]'
            cand --api-url 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]'
            cand --api-key-file 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]'
            cand -o 'Output format of data on stdout'
            cand --output 'Output format of data on stdout'
            cand --color 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)'
            cand --concurrency 'Requests in flight at once in bulk work'
            cand --max-rps 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]'
            cand --timeout 'Seconds to wait for one HTTP request before it counts as timed out'
            cand --retries 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up'
            cand --sandbox 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'Print details such as each request''s retries and timings on stderr'
            cand --verbose 'Print details such as each request''s retries and timings on stderr'
            cand --no-input 'Never prompt; treat the session as having no terminal (as CI=true does)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'refinerctl;help'= {
            cand auth 'Store, check and remove API keys'
            cand account 'Show the plan, usage and environments of the Refiner account'
            cand segments 'List segments'
            cand users 'Find, show and delete users'
            cand environment 'Purge an environment: delete every user and response in it'
            cand jobs 'List, show and resume deletion jobs'
            cand export 'Export everything the environment holds about users (subject-access requests)'
            cand retention 'Keep a retention policy, audit it from cron and enforce it'
            cand sandbox 'Run and manage the local sandbox server'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refinerctl;help;auth'= {
            cand login 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API'
            cand status 'Show the profile, the key''s source (masked), the API URL and the environment'
            cand logout 'Remove the stored key of a profile'
        }
        &'refinerctl;help;auth;login'= {
        }
        &'refinerctl;help;auth;status'= {
        }
        &'refinerctl;help;auth;logout'= {
        }
        &'refinerctl;help;account'= {
        }
        &'refinerctl;help;segments'= {
            cand list 'List every segment with its member count'
        }
        &'refinerctl;help;segments;list'= {
        }
        &'refinerctl;help;users'= {
            cand list 'List users, optionally filtered by segment or search text'
            cand get 'Show every user an identifier names (an email may name several)'
            cand delete 'Delete users: dry run, confirmation, plan, receipts and verification'
        }
        &'refinerctl;help;users;list'= {
        }
        &'refinerctl;help;users;get'= {
        }
        &'refinerctl;help;users;delete'= {
        }
        &'refinerctl;help;environment'= {
            cand purge 'Delete every user, and so every response, in the environment of the API key'
        }
        &'refinerctl;help;environment;purge'= {
        }
        &'refinerctl;help;jobs'= {
            cand list 'List the deletion jobs in the state folder, oldest first'
            cand show 'Show one job: where it ran, its counts, and with -o json the result of every item'
            cand resume 'Finish a job: delete the items with no receipt and retry the failed ones, then verify'
        }
        &'refinerctl;help;jobs;list'= {
        }
        &'refinerctl;help;jobs;show'= {
        }
        &'refinerctl;help;jobs;resume'= {
        }
        &'refinerctl;help;export'= {
        }
        &'refinerctl;help;retention'= {
            cand set 'Store a retention policy in the profile, replacing the one stored before'
            cand show 'Print the retention policy of the profile or of a policy file'
            cand clear 'Remove the retention policy from the profile'
            cand audit 'List the users that violate the policy; read-only, exits 8 when there are any'
            cand apply 'Delete the users that violate the policy, oldest last activity first'
        }
        &'refinerctl;help;retention;set'= {
        }
        &'refinerctl;help;retention;show'= {
        }
        &'refinerctl;help;retention;clear'= {
        }
        &'refinerctl;help;retention;audit'= {
        }
        &'refinerctl;help;retention;apply'= {
        }
        &'refinerctl;help;sandbox'= {
            cand serve 'Serve a Refiner-compatible API on loopback until interrupted'
            cand reset 'Delete the sandbox database that --sandbox uses and seed it anew'
        }
        &'refinerctl;help;sandbox;serve'= {
        }
        &'refinerctl;help;sandbox;reset'= {
        }
        &'refinerctl;help;completions'= {
        }
        &'refinerctl;help;help'= {
        }
    ]
    $completions[$command]
}
