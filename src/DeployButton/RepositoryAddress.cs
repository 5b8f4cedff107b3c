namespace FleetCatalog.DeployButton;

/// <summary>
/// Checks and normalises the <c>repoUrl</c> of a deploy link. Only spellings of the very same https address are
/// normalised (host case, default port, <c>www.</c> on the big code hosts, <c>.git</c>, trailing slashes); anything that
/// would change which address is fetched (http, a page inside the repository) is an error that suggests the fix.
/// </summary>
internal static class RepositoryAddress
{
    private const string Example = "the button needs the address of the project's repository, such as 'https://github.com/owner/repo'.";

    // Hosts where a repository is always exactly owner/name, so a longer path is a page inside it.
    private static readonly Dictionary<string, string> OwnerNameHosts = new(StringComparer.Ordinal)
    {
        ["github.com"] = "GitHub",
        ["bitbucket.org"] = "Bitbucket",
        ["codeberg.org"] = "Codeberg",
    };

    public static string? Check(string? text, out DeployButtonError? error) => Check(text, suggest: true, out error);

    private static string? Check(string? text, bool suggest, out DeployButtonError? error)
    {
        var uri = WebAddress.Read(DeployParameter.Repository, text, Example, suggest ? Suggestion : NoSuggestion, out error);
        if (uri is null)
        {
            return null;
        }

        var value = WebAddress.Masked(text!.Trim());
        var start = value.IndexOfAny(['?', '#']);
        if (start >= 0)
        {
            var query = value[start] == '?';
            error = new DeployButtonError(DeployParameter.Repository, query ? DeployButtonErrorKind.Query : DeployButtonErrorKind.Fragment, value,
                $"ends with '{value[start..]}': the dashboard needs the plain address of the repository, without {(query ? "a query" : "a '#' part")}.",
                suggest ? Suggestion(value) : null);
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        var bare = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        if (OwnerNameHosts.ContainsKey(bare) || bare == "gitlab.com")
        {
            host = bare;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && segments[^1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) && segments[^1].Length > 4)
        {
            segments[^1] = segments[^1][..^4];
        }

        var root = $"https://{host}{(uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        error = PathProblem(host, segments, value, root, suggest);
        return error is null ? root + "/" + string.Join('/', segments) : null;
    }

    private static DeployButtonError? PathProblem(string host, List<string> segments, string value, string root, bool suggest)
    {
        var hostName = OwnerNameHosts.GetValueOrDefault(host) ?? (host == "gitlab.com" ? "GitLab" : null);

        // GitLab nests groups (group/subgroup/repo) and puts every page of a repository after "/-/".
        var length = OwnerNameHosts.ContainsKey(host) ? 2 : host == "gitlab.com" && segments.IndexOf("-") is var dash and >= 0 ? dash : segments.Count;
        if (length < (hostName is null ? 1 : 2) || segments.Count < length)
        {
            var reason = hostName is null
                ? "does not name a repository: give the address of the repository itself."
                : $"does not name a repository: a {hostName} repository address has an owner and a name, such as 'https://{host}/owner/repo'.";
            return new DeployButtonError(DeployParameter.Repository, DeployButtonErrorKind.NotARepository, value, reason);
        }

        if (segments.Count > length)
        {
            var page = "/" + string.Join('/', segments.Skip(length));
            return new DeployButtonError(DeployParameter.Repository, DeployButtonErrorKind.NotARepository, value,
                $"points at a page inside the repository ('{page}'), not at the repository: the button deploys the repository's default branch " +
                "(to deploy another branch, give its archive as tarballUrl).",
                suggest ? root + "/" + string.Join('/', segments.Take(length)) : null);
        }

        return null;
    }

    private static string? Suggestion(string value) => Check(WebAddress.ProbablyMeant(value), suggest: false, out _);

    private static string? NoSuggestion(string value) => null;
}
