namespace FleetCatalog.DeployButton;

/// <summary>
/// Checks the <c>configUrl</c> and <c>tarballUrl</c> of a deploy link: the dashboard downloads these files itself, so
/// they must be public https addresses of the files, not of web pages that show them. Queries are kept (some file hosts
/// need them); the address is otherwise used as given.
/// </summary>
internal static class FileAddress
{
    public static string? Check(DeployParameter parameter, string? text, out DeployButtonError? error) => Check(parameter, text, suggest: true, out error);

    private static string? Check(DeployParameter parameter, string? text, bool suggest, out DeployButtonError? error)
    {
        var example = parameter == DeployParameter.Config
            ? "give the address of the balena.yml file, or leave configUrl out to use the balena.yml at the root of the repository."
            : "give the address of the project's .tar.gz or .zip archive, or leave tarballUrl out to let the dashboard download the repository.";
        string? Suggest(string value) => suggest ? Check(parameter, WebAddress.ProbablyMeant(value, keepQuery: true), suggest: false, out _) : null;

        var uri = WebAddress.Read(parameter, text, example, Suggest, out error);
        if (uri is null)
        {
            return null;
        }

        var raw = RawAddress(uri);
        if (raw is not null)
        {
            error = new DeployButtonError(parameter, DeployButtonErrorKind.NotRawFile, text!.Trim(),
                "is the web page that shows the file, not the file itself: the dashboard would download the page's HTML instead.", suggest ? raw : null);
            return null;
        }

        return uri.AbsoluteUri;
    }

    // github.com/o/r/blob/main/balena.yml is a page; raw.githubusercontent.com/o/r/main/balena.yml is the file. GitLab: /-/blob/ and /-/raw/.
    private static string? RawAddress(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var segments = uri.AbsolutePath.Split('/');
        if (host == "github.com" && segments.Length > 5 && segments[3] == "blob")
        {
            return $"https://raw.githubusercontent.com/{segments[1]}/{segments[2]}/{string.Join('/', segments.Skip(4))}{uri.Query}";
        }

        var blob = uri.AbsolutePath.IndexOf("/-/blob/", StringComparison.Ordinal);
        return host == "gitlab.com" && blob > 0
            ? $"https://gitlab.com{uri.AbsolutePath[..blob]}/-/raw/{uri.AbsolutePath[(blob + 8)..]}{uri.Query}"
            : null;
    }
}
