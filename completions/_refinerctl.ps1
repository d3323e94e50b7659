
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'refinerctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'refinerctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'refinerctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, check and remove API keys')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show the plan, usage and environments of the Refiner account')
            [CompletionResult]::new('segments', 'segments', [CompletionResultType]::ParameterValue, 'List segments')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Find, show and delete users')
            [CompletionResult]::new('environment', 'environment', [CompletionResultType]::ParameterValue, 'Purge an environment: delete every user and response in it')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List, show and resume deletion jobs')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything the environment holds about users (subject-access requests)')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Keep a retention policy, audit it from cron and enforce it')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and manage the local sandbox server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, the key''s source (masked), the API URL and the environment')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored key of a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--protected', '--protected', [CompletionResultType]::ParameterName, 'Mark the profile protected: destructive commands then also need --confirm')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Store the key without checking it against the API')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, the key''s source (masked), the API URL and the environment')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored key of a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;auth;help;login' {
            break
        }
        'refinerctl;auth;help;status' {
            break
        }
        'refinerctl;auth;help;logout' {
            break
        }
        'refinerctl;auth;help;help' {
            break
        }
        'refinerctl;account' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;segments' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every segment with its member count')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;segments;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--no-counts', '--no-counts', [CompletionResultType]::ParameterName, 'Skip the member counts (one request per segment)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;segments;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every segment with its member count')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;segments;help;list' {
            break
        }
        'refinerctl;segments;help;help' {
            break
        }
        'refinerctl;users' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally filtered by segment or search text')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show every user an identifier names (an email may name several)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users: dry run, confirmation, plan, receipts and verification')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;users;list' {
            [CompletionResult]::new('--segment', '--segment', [CompletionResultType]::ParameterName, 'Only members of this segment (name or uuid)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose user ID, uuid, email or name contains TEXT (the API''s search)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N users')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort order of the listing')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;users;get' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The identifier is a user ID (your own ID, `remote_id` in Refiner)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The identifier is an email; every contact with it is meant')
            [CompletionResult]::new('--uuid', '--uuid', [CompletionResultType]::ParameterName, 'The identifier is a Refiner contact uuid')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;users;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An email; selects every user with it (repeatable)')
            [CompletionResult]::new('--uuid', '--uuid', [CompletionResultType]::ParameterName, 'A Refiner contact uuid (repeatable)')
            [CompletionResult]::new('--ids-file', '--ids-file', [CompletionResultType]::ParameterName, 'Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Column of the ids file that holds the identifiers; makes the file CSV with a header row')
            [CompletionResult]::new('--segment', '--segment', [CompletionResultType]::ParameterName, 'Only members of this segment (name or uuid)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose user ID, uuid, email or name contains TEXT, ignoring case')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact field, account.FIELD or a trait')
            [CompletionResult]::new('--inactive-days', '--inactive-days', [CompletionResultType]::ParameterName, 'Only users whose last activity (last seen, else first seen) is more than N days ago')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Name of the environment, required for protected profiles and purges')
            [CompletionResult]::new('--max-delete', '--max-delete', [CompletionResultType]::ParameterName, 'Abort before deleting anything when more than N users are selected')
            [CompletionResult]::new('--receipt-identifiers', '--receipt-identifiers', [CompletionResultType]::ParameterName, 'How plans and receipts record the identifiers that selected each user')
            [CompletionResult]::new('--export-to', '--export-to', [CompletionResultType]::ParameterName, 'Before deleting each user, write everything the environment stores about them to DIR/<uuid>.json. A user whose export fails is skipped and not deleted')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print exactly what would be deleted, and delete nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally filtered by segment or search text')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show every user an identifier names (an email may name several)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users: dry run, confirmation, plan, receipts and verification')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;users;help;list' {
            break
        }
        'refinerctl;users;help;get' {
            break
        }
        'refinerctl;users;help;delete' {
            break
        }
        'refinerctl;users;help;help' {
            break
        }
        'refinerctl;environment' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete every user, and so every response, in the environment of the API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;environment;purge' {
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Name of the environment, required for protected profiles and purges')
            [CompletionResult]::new('--max-delete', '--max-delete', [CompletionResultType]::ParameterName, 'Abort before deleting anything when more than N users are selected')
            [CompletionResult]::new('--receipt-identifiers', '--receipt-identifiers', [CompletionResultType]::ParameterName, 'How plans and receipts record the identifiers that selected each user')
            [CompletionResult]::new('--export-to', '--export-to', [CompletionResultType]::ParameterName, 'Before deleting each user, write everything the environment stores about them to DIR/<uuid>.json. A user whose export fails is skipped and not deleted')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print exactly what would be deleted, and delete nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;environment;help' {
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete every user, and so every response, in the environment of the API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;environment;help;purge' {
            break
        }
        'refinerctl;environment;help;help' {
            break
        }
        'refinerctl;jobs' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the deletion jobs in the state folder, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job: where it ran, its counts, and with -o json the result of every item')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Finish a job: delete the items with no receipt and retry the failed ones, then verify')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;jobs;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;jobs;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;jobs;resume' {
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Name of the environment, required for protected profiles and purges')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Resume the most recently created job')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the items that would be deleted, and delete nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;jobs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the deletion jobs in the state folder, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job: where it ran, its counts, and with -o json the result of every item')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Finish a job: delete the items with no receipt and retry the failed ones, then verify')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;jobs;help;list' {
            break
        }
        'refinerctl;jobs;help;show' {
            break
        }
        'refinerctl;jobs;help;resume' {
            break
        }
        'refinerctl;jobs;help;help' {
            break
        }
        'refinerctl;export' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An email; selects every user with it (repeatable)')
            [CompletionResult]::new('--uuid', '--uuid', [CompletionResultType]::ParameterName, 'A Refiner contact uuid (repeatable)')
            [CompletionResult]::new('--ids-file', '--ids-file', [CompletionResultType]::ParameterName, 'Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Column of the ids file that holds the identifiers; makes the file CSV with a header row')
            [CompletionResult]::new('--segment', '--segment', [CompletionResultType]::ParameterName, 'Only members of this segment (name or uuid)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose user ID, uuid, email or name contains TEXT, ignoring case')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact field, account.FIELD or a trait')
            [CompletionResult]::new('--inactive-days', '--inactive-days', [CompletionResultType]::ParameterName, 'Only users whose last activity (last seen, else first seen) is more than N days ago')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: json, or csv with `-o csv`]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to PATH instead of stdout. A folder (an existing one, or a path ending in `/`) gets one JSON file per subject or the three CSV tables, then manifest.json. A file gets one JSON document for one subject and NDJSON for several. For CSV, a PATH ending in `.csv` gets the contacts table and any other PATH is a folder')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Export every user in the environment')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace output files that exist already')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Start CSV files with a UTF-8 byte order mark, which Excel needs')
            [CompletionResult]::new('--raw-cells', '--raw-cells', [CompletionResultType]::ParameterName, 'Write CSV strings exactly, without the `''` that keeps spreadsheets from running cells starting with = + - @ tab or CR as formulas')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;retention' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a retention policy in the profile, replacing the one stored before')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the retention policy of the profile or of a policy file')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the retention policy from the profile')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List the users that violate the policy; read-only, exits 8 when there are any')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Delete the users that violate the policy, oldest last activity first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;retention;set' {
            [CompletionResult]::new('--inactive-days', '--inactive-days', [CompletionResultType]::ParameterName, 'Delete users with a completed survey response after N days without activity')
            [CompletionResult]::new('--never-responded-inactive-days', '--never-responded-inactive-days', [CompletionResultType]::ParameterName, 'Delete users without any completed response after N days without activity')
            [CompletionResult]::new('--exclude-segment', '--exclude-segment', [CompletionResultType]::ParameterName, 'Never delete members of this segment (name or uuid); repeatable')
            [CompletionResult]::new('--protect', '--protect', [CompletionResultType]::ParameterName, 'Never delete the user with this user ID, email or uuid; repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;retention;show' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Read the policy from this TOML file instead of the profile')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;retention;clear' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;retention;audit' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Read the policy from this TOML file instead of the profile')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Also write the audit as a JSON report to FILE (mode 0600)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;retention;apply' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Read the policy from this TOML file instead of the profile')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Name of the environment, required for protected profiles and purges')
            [CompletionResult]::new('--receipt-identifiers', '--receipt-identifiers', [CompletionResultType]::ParameterName, 'How plans and receipts record the identifiers that selected each user')
            [CompletionResult]::new('--max-delete', '--max-delete', [CompletionResultType]::ParameterName, 'Delete at most N users in this run, those with the oldest last activity; the rest wait for the next run')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print exactly what would be deleted, and delete nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without the interactive confirmation (required without a terminal)')
            [CompletionResult]::new('--allow-mass-deletion', '--allow-mass-deletion', [CompletionResultType]::ParameterName, 'Allow a run that deletes more than half of the environment''s users')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;retention;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a retention policy in the profile, replacing the one stored before')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the retention policy of the profile or of a policy file')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the retention policy from the profile')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List the users that violate the policy; read-only, exits 8 when there are any')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Delete the users that violate the policy, oldest last activity first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;retention;help;set' {
            break
        }
        'refinerctl;retention;help;show' {
            break
        }
        'refinerctl;retention;help;clear' {
            break
        }
        'refinerctl;retention;help;audit' {
            break
        }
        'refinerctl;retention;help;apply' {
            break
        }
        'refinerctl;retention;help;help' {
            break
        }
        'refinerctl;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a Refiner-compatible API on loopback until interrupted')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the sandbox database that --sandbox uses and seed it anew')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;sandbox;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Loopback address to listen on; port 0 picks a free port')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database; created and seeded when missing [default: sandbox.db in the state folder]')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the generated data')
            [CompletionResult]::new('--contacts', '--contacts', [CompletionResultType]::ParameterName, 'Number of contacts generated for a new database')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay added to every request, in milliseconds')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Enforce the documented rate limits (4,000 requests per minute per key, 100 per minute per user identifier)')
            [CompletionResult]::new('--rate-per-minute', '--rate-per-minute', [CompletionResultType]::ParameterName, 'Requests per minute per key when the rate limit is on')
            [CompletionResult]::new('--user-rate-per-minute', '--user-rate-per-minute', [CompletionResultType]::ParameterName, 'Requests per minute per user identifier when the rate limit is on')
            [CompletionResult]::new('--faults', '--faults', [CompletionResultType]::ParameterName, 'Injected faults: comma-separated KIND=RATE (a share of requests) or KIND#N (the next N requests); KIND is 500, 502, 503, 429, 429-date, drop, html or slow')
            [CompletionResult]::new('--page-length', '--page-length', [CompletionResultType]::ParameterName, 'Default page length of list endpoints')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;sandbox;reset' {
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the generated data')
            [CompletionResult]::new('--contacts', '--contacts', [CompletionResultType]::ParameterName, 'Number of contacts to generate')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a Refiner-compatible API on loopback until interrupted')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the sandbox database that --sandbox uses and seed it anew')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;sandbox;help;serve' {
            break
        }
        'refinerctl;sandbox;help;reset' {
            break
        }
        'refinerctl;sandbox;help;help' {
            break
        }
        'refinerctl;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file to use [env: REFINER_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (also NO_COLOR and CLICOLOR_FORCE)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once in bulk work')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Maximum requests per second [default: 65, just under the documented 4,000 per minute]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for one HTTP request before it counts as timed out')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of one request after a transient failure (429, 5xx, timeout, dropped connection) before giving up')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the local sandbox (a Refiner-compatible server with sample data, kept in the state folder) instead of a real environment')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print details such as each request''s retries and timings on stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; treat the session as having no terminal (as CI=true does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'refinerctl;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, check and remove API keys')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show the plan, usage and environments of the Refiner account')
            [CompletionResult]::new('segments', 'segments', [CompletionResultType]::ParameterValue, 'List segments')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Find, show and delete users')
            [CompletionResult]::new('environment', 'environment', [CompletionResultType]::ParameterValue, 'Purge an environment: delete every user and response in it')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List, show and resume deletion jobs')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything the environment holds about users (subject-access requests)')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Keep a retention policy, audit it from cron and enforce it')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and manage the local sandbox server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refinerctl;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API key for a profile, read from --api-key-file or stdin (never from the command line), after checking it against the API')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, the key''s source (masked), the API URL and the environment')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored key of a profile')
            break
        }
        'refinerctl;help;auth;login' {
            break
        }
        'refinerctl;help;auth;status' {
            break
        }
        'refinerctl;help;auth;logout' {
            break
        }
        'refinerctl;help;account' {
            break
        }
        'refinerctl;help;segments' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every segment with its member count')
            break
        }
        'refinerctl;help;segments;list' {
            break
        }
        'refinerctl;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally filtered by segment or search text')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show every user an identifier names (an email may name several)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users: dry run, confirmation, plan, receipts and verification')
            break
        }
        'refinerctl;help;users;list' {
            break
        }
        'refinerctl;help;users;get' {
            break
        }
        'refinerctl;help;users;delete' {
            break
        }
        'refinerctl;help;environment' {
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete every user, and so every response, in the environment of the API key')
            break
        }
        'refinerctl;help;environment;purge' {
            break
        }
        'refinerctl;help;jobs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the deletion jobs in the state folder, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job: where it ran, its counts, and with -o json the result of every item')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Finish a job: delete the items with no receipt and retry the failed ones, then verify')
            break
        }
        'refinerctl;help;jobs;list' {
            break
        }
        'refinerctl;help;jobs;show' {
            break
        }
        'refinerctl;help;jobs;resume' {
            break
        }
        'refinerctl;help;export' {
            break
        }
        'refinerctl;help;retention' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a retention policy in the profile, replacing the one stored before')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the retention policy of the profile or of a policy file')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the retention policy from the profile')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List the users that violate the policy; read-only, exits 8 when there are any')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Delete the users that violate the policy, oldest last activity first')
            break
        }
        'refinerctl;help;retention;set' {
            break
        }
        'refinerctl;help;retention;show' {
            break
        }
        'refinerctl;help;retention;clear' {
            break
        }
        'refinerctl;help;retention;audit' {
            break
        }
        'refinerctl;help;retention;apply' {
            break
        }
        'refinerctl;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a Refiner-compatible API on loopback until interrupted')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the sandbox database that --sandbox uses and seed it anew')
            break
        }
        'refinerctl;help;sandbox;serve' {
            break
        }
        'refinerctl;help;sandbox;reset' {
            break
        }
        'refinerctl;help;completions' {
            break
        }
        'refinerctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
