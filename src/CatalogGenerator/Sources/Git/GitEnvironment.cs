namespace FleetCatalog.Sources.Git;

/// <summary>The environment every git process gets: no prompts, no surprises from the machine, a fixed language.</summary>
internal static class GitEnvironment
{
    /// <summary>Transports an entry may use; <c>ext::</c> (runs a command) and the like are refused.</summary>
    public const string AllowedProtocols = "https:http:ssh:git:file";

    // Inherited, these would point git at another repository (a build run from a git hook sets them).
    private static readonly string[] RepositoryVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
        "GIT_PROTOCOL_FROM_USER", "GIT_TRACE", "GIT_TRACE_PACKET", "GIT_CURL_VERBOSE",
    ];

    public static void Apply(IDictionary<string, string?> environment, bool ignoreUserConfig)
    {
        foreach (var name in RepositoryVariables)
        {
            environment.Remove(name);
        }

        // A credentials prompt would wait forever for a user who is not there: fail instead.
        environment["GIT_TERMINAL_PROMPT"] = "0";
        environment["GIT_ASKPASS"] = string.Empty;
        environment["SSH_ASKPASS"] = string.Empty;
        environment["GCM_INTERACTIVE"] = "never";
        if (!environment.ContainsKey("GIT_SSH_COMMAND") && !environment.ContainsKey("GIT_SSH"))
        {
            // BatchMode: no password or host-key question from ssh either.
            environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes";
        }

        // Messages in English, so failures can be recognised.
        environment["LC_ALL"] = "C";
        environment["LANGUAGE"] = "C";
        environment["GIT_ALLOW_PROTOCOL"] = AllowedProtocols;
        environment["GIT_LFS_SKIP_SMUDGE"] = "1";
        if (ignoreUserConfig)
        {
            environment["GIT_CONFIG_NOSYSTEM"] = "1";
            environment["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        }
    }
}
