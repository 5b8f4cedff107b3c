namespace FleetCatalog.Tests.Testing;

/// <summary>One request <see cref="FakeGitHub"/> received, and the status it answered.</summary>
/// <param name="Path">The full path, base path included (<c>/api/v3/repos/o/r</c>).</param>
/// <param name="Route">The path below the base path, without the leading slash (<c>repos/o/r</c>).</param>
/// <param name="Query">The query string without '?', or empty.</param>
internal sealed record FakeGitHubRequest(string Method, string Path, string Route, string Query, IReadOnlyDictionary<string, string> Headers, int Status)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsConditional => Header("If-None-Match") is not null;

    public bool NotModified => Status == 304;
}
