using System.Xml.Linq;
using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class AtomFeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly FeedInfo Info = new("Fleet Catalog: new & updated projects", "Projects that work by default on your boards.", "Fleet Catalog");

    [Fact]
    public void The_feed_matches_its_golden_file()
    {
        var entries = new[]
        {
            new FeedEntry("New: Pi-hole", "projects/pihole/", OutputFixture.PiHole.UpdatedAt!.Value, OutputFixture.PiHole.Description)
            {
                Published = OutputFixture.PiHole.UpdatedAt,
            },
            new FeedEntry("Browser <block> 2.7.3", "projects/browser/", OutputFixture.Browser.UpdatedAt!.Value, "Updated & \"improved\"; bell \u0007 removed.")
            {
                Id = FeedEntry.TagUri(OutputFixture.Urls, new DateOnly(2024, 6, 12), "projects/browser/2.7.3"),
            },
        };

        Golden.Verify(AtomFeedWriter.Write(OutputFixture.Urls, Info, entries), "Output/feed.xml");
    }

    [Fact]
    public void The_feed_has_every_element_atom_requires_and_is_well_formed()
    {
        var xml = AtomFeedWriter.Write(OutputFixture.Urls, Info, [new FeedEntry("New: <b>Pi-hole</b>", "projects/pihole/", DateTimeOffset.UnixEpoch.AddDays(1), "Ads & trackers")]);

        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }

        Assert.NotNull(feed.Element(Atom + "author")!.Element(Atom + "name"));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://example.org/catalog/feed.xml");
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        foreach (var required in new[] { "id", "title", "updated", "summary", "link" })
        {
            Assert.NotNull(entry.Element(Atom + required));
        }

        Assert.Equal("New: <b>Pi-hole</b>", entry.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/catalog/projects/pihole/", entry.Element(Atom + "id")!.Value);
        Assert.Equal("1970-01-02T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void The_feed_keeps_the_fifty_newest_entries_newest_first()
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var entries = Enumerable.Range(0, 80).Select(i => new FeedEntry($"Project {i}", $"projects/p{i}/", start.AddHours(i), "x")).Reverse().Skip(5).Concat(
            Enumerable.Range(75, 5).Select(i => new FeedEntry($"Project {i}", $"projects/p{i}/", start.AddHours(i), "x")));

        var feed = XDocument.Parse(AtomFeedWriter.Write(OutputFixture.Urls, Info, entries)).Root!;

        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(AtomFeedWriter.MaxEntries, titles.Count);
        Assert.Equal("Project 79", titles[0]);
        Assert.Equal("Project 30", titles[^1]);
        Assert.Equal(XmlConvertTime(start.AddHours(79)), feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void An_empty_feed_is_still_valid()
    {
        var feed = XDocument.Parse(AtomFeedWriter.Write(OutputFixture.Urls, Info, [])).Root!;

        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("1970-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    private static string XmlConvertTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
