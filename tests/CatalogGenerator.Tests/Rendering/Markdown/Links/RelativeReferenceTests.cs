using FleetCatalog.Rendering.Markdown.Links;

namespace FleetCatalog.Tests.Rendering.Markdown.Links;

public sealed class RelativeReferenceTests
{
    [Theory]
    [InlineData("README.md", "docs/a.md", "docs/a.md", false, "", "")]
    [InlineData("docs/guide.md", "a.md#x", "docs/a.md", false, "", "#x")]
    [InlineData("docs/guide.md", "../a.md?y=1#x", "a.md", false, "?y=1", "#x")]
    [InlineData("docs/guide.md", "/a.md", "a.md", false, "", "")]
    [InlineData("docs/guide.md", "../../../../a", "a", false, "", "")]
    [InlineData("docs/guide.md", "./", "docs", true, "", "")]
    [InlineData("docs/guide.md", "..", "", true, "", "")]
    [InlineData("docs/guide.md", "?plain=1", "docs/guide.md", false, "?plain=1", "")]
    [InlineData("README.md", "docs\\win.md", "docs/win.md", false, "", "")]
    public void Resolves_like_github(string guide, string href, string path, bool folder, string query, string fragment)
    {
        Assert.Equal(new RelativeReference(path, folder, query, fragment), RelativeReference.Resolve(guide, href));
    }
}
