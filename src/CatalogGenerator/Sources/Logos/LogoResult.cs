namespace FleetCatalog.Sources.Logos;

/// <summary>
/// A project's logo as the site should serve it: the stored file <see cref="FilePath"/>, named
/// <c>&lt;sha256&gt;.&lt;ext&gt;</c>, and what it is; or why there is none. A Stale result has both a file and
/// the failure that kept it from being refreshed. <see cref="Requested"/> says whether the network was used.
/// </summary>
internal sealed record LogoResult(
    Uri Url,
    LogoResultStatus Status,
    bool Requested,
    string? FilePath = null,
    ImageInfo? Image = null,
    string? Sha256 = null,
    LogoFailureKind? Failure = null,
    string? Message = null)
{
    /// <summary>The file's name, <c>&lt;sha256&gt;.&lt;ext&gt;</c>: the same content always gets the same name.</summary>
    public string? FileName => FilePath is null ? null : Path.GetFileName(FilePath);
}
