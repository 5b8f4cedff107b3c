using FleetCatalog.Search;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Search;

public sealed class SearchablePagesTests
{
    [Fact]
    public void Only_pages_whose_html_marks_a_search_body_are_found_whatever_their_layout()
    {
        using var site = new TempDirectory();
        site.Write("projects/sound/index.html", "<article data-pagefind-body>Sound</article>");
        site.Write("projects/index.html", "<ul><li>every card</li></ul>");
        site.Write("index.html", "<main data-pagefind-body data-pagefind-filter=\"type:Home\">a site layout that indexes its home page</main>");
        site.Write("learn/index.html", "<p>data-pagefind-ignore</p>");

        var found = SearchablePages.Find(site.Path, ["index.html", "learn/index.html", "projects/index.html", "projects/sound/index.html"]);

        Assert.Equal(["index.html", "projects/sound/index.html"], found);
    }
}
