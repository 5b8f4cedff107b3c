using FleetCatalog.Serving;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Serving;

/// <summary>The path mapping itself, without Kestrel (which tidies dot segments before they reach it).</summary>
public sealed class SiteFolderTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SiteFolder _site;

    public SiteFolderTests()
    {
        _folder.Write("site/index.html", "home");
        _folder.Write("site/a/index.html", "a");
        _folder.Write("site/a/b.css", "b");
        _folder.Write("secret.txt", "outside");
        _site = new SiteFolder(Path.Combine(_folder.Path, "site"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/a/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/a//b.css")]
    [InlineData("/..\\secret.txt")]
    [InlineData("a/b.css")]
    [InlineData("/a/b.css\0")]
    public void Dot_segments_backslashes_and_odd_paths_are_not_found(string path) =>
        Assert.Equal(SiteLookupKind.NotFound, _site.Find(path).Kind);

    [Fact]
    public void Folders_map_to_their_index_and_files_to_themselves()
    {
        Assert.Equal(Path.Combine(_site.Root, "index.html"), _site.Find("/").FilePath);
        Assert.Equal(Path.Combine(_site.Root, "a", "index.html"), _site.Find("/a/").FilePath);
        Assert.Equal(Path.Combine(_site.Root, "a", "b.css"), _site.Find("/a/b.css").FilePath);
        Assert.Equal(new SiteLookup(SiteLookupKind.Redirect, Location: "/a/"), _site.Find("/a"));
    }

    [Fact]
    public void A_chain_of_links_that_ends_outside_is_refused_and_a_loop_is_not_found()
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "in"), "a");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "a", "escape.txt"), "../../secret.txt");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "loop"), "loop");

        Assert.Equal(Path.Combine(_site.Root, "a", "b.css"), _site.Find("/in/b.css").FilePath);
        Assert.Equal(SiteLookupKind.NotFound, _site.Find("/in/escape.txt").Kind);
        Assert.Equal(SiteLookupKind.NotFound, _site.Find("/a/escape.txt").Kind);
        Assert.Equal(SiteLookupKind.NotFound, _site.Find("/loop").Kind);
    }

    public void Dispose() => _folder.Dispose();
}
