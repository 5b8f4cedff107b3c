using System.Diagnostics.CodeAnalysis;

namespace FleetCatalog.DeployButton;

/// <summary>The outcome of <see cref="DeployUrl.TryCreate"/> or <see cref="DeployLink.Validate"/>: the link, or why it cannot be made.</summary>
public sealed class DeployUrlResult
{
    internal DeployUrlResult(DeployUrl? url, IReadOnlyList<DeployButtonError> errors)
    {
        Url = url;
        Errors = errors;
    }

    /// <summary>True when <see cref="Url"/> is set and there are no errors.</summary>
    [MemberNotNullWhen(true, nameof(Url))]
    public bool Succeeded => Url is not null;

    /// <summary>The link; null when there are errors.</summary>
    public DeployUrl? Url { get; }

    /// <summary>Every problem found, at most one per parameter, in the order <c>repoUrl</c>, <c>defaultDeviceType</c>, <c>configUrl</c>, <c>tarballUrl</c>; empty on success.</summary>
    public IReadOnlyList<DeployButtonError> Errors { get; }
}
