using FleetCatalog.Projects;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>Which repository a project is, for the rules that compare links against it.</summary>
internal static class ProjectRepository
{
    /// <summary>The repository being validated, when the catalog entry, the git remote or --repository says.</summary>
    public static RepositoryUrl? Known(ValidationContext context) => context.KnownOrClaimedRepository is (var url, false) ? url : null;

    /// <summary>
    /// The repository being validated, else the one the manifest claims (assets.repository); <paramref name="fromManifest"/>
    /// says which, so that a message can say what it compared against.
    /// </summary>
    public static RepositoryUrl? KnownOrClaimed(ValidationContext context, out bool fromManifest)
    {
        (var url, fromManifest) = context.KnownOrClaimedRepository;
        return url;
    }
}
