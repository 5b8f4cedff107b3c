namespace FleetCatalog.Sources.Refresh;

/// <summary>Why a project's refresh did not give a fresh snapshot, coarsely: who can do something about it.</summary>
internal enum RefreshFailureKind
{
    /// <summary>The repository's host could not be reached or did not answer in time: usually passes by itself.</summary>
    Unreachable,

    /// <summary>The repository, its ref or its files are not as the entry says (gone, private, too large): the author's to fix.</summary>
    Repository,

    /// <summary>The manifest is missing or cannot be read at the fetched commit: the author's to fix.</summary>
    Manifest,

    /// <summary>Only GitHub's metadata (stars, licence, release) could not be had; the files are current.</summary>
    GitHub,

    /// <summary>The build is offline and the cache holds nothing for the project.</summary>
    Offline,

    /// <summary>The entry itself is broken, or the tool failed.</summary>
    Other,
}
