namespace FleetCatalog.Sources.Git;

/// <summary>Limits for <see cref="GitClient"/>. How many clients or calls run at once is the caller's business.</summary>
internal sealed record GitOptions
{
    public const long MiB = 1024 * 1024;

    public static GitOptions Default { get; } = new();

    /// <summary>The longest one <see cref="GitClient.ResolveAsync"/> or <see cref="GitClient.FetchAsync"/> may take, all its git processes together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>After this many timeouts or unreachable failures in a row, a host is not asked again this build.</summary>
    public int FailuresBeforeGivingUp { get; init; } = Network.HostBreaker.DefaultThreshold;

    /// <summary>The most a fetch may write into its destination (git objects and checked-out files together).</summary>
    public long MaxFetchBytes { get; init; } = 50 * MiB;

    /// <summary>The git program: a name looked up on PATH, or a full path.</summary>
    public string GitExecutable { get; init; } = "git";

    /// <summary>
    /// Ignore the machine's and the user's git configuration, so an <c>insteadOf</c>, a credential helper or
    /// LFS filters on the build machine cannot change what the catalog fetches. SSH keys still work.
    /// </summary>
    public bool IgnoreUserConfig { get; init; } = true;
}
