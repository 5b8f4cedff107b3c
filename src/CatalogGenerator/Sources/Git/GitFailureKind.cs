namespace FleetCatalog.Sources.Git;

/// <summary>Why a git operation failed, coarse enough for the caller to pick a diagnostic code.</summary>
internal enum GitFailureKind
{
    /// <summary>The repository does not exist (or is private and the host says "not found").</summary>
    NotFound,

    /// <summary>The branch, tag or commit is not in the repository, or the repository has no commits.</summary>
    RefNotFound,

    /// <summary>The operation took longer than <see cref="GitOptions.Timeout"/>; git was stopped.</summary>
    Timeout,

    /// <summary>The fetch wrote more than <see cref="GitOptions.MaxFetchBytes"/>; git was stopped and the files removed.</summary>
    TooLarge,

    /// <summary>The host asks for a login: the repository is private, or does not exist and the host will not say.</summary>
    AuthenticationRequired,

    /// <summary>git is not installed, not on PATH, or too old.</summary>
    GitMissing,

    /// <summary>The host cannot be reached: its name does not resolve, it refuses or drops the connection, TLS fails.</summary>
    Unreachable,

    /// <summary>Anything else: a protocol error, a disk error.</summary>
    Failed,
}
