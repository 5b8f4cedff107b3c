using System.Xml;

namespace FleetCatalog.Output;

/// <summary>
/// /feed.xml, an Atom 1.0 feed (RFC 4287) of new and updated projects: newest first, at most
/// <see cref="MaxEntries"/>, every text XML-escaped, absolute links from the base URL.
/// </summary>
internal static class AtomFeedWriter
{
    public const int MaxEntries = 50;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(SiteUrls urls, FeedInfo info, IEnumerable<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(info);
        var newest = entries
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => IdOf(urls, e), StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();

        // An empty feed still needs <updated>; the epoch keeps it deterministic.
        var updated = newest.Count > 0 ? newest[0].Updated : DateTimeOffset.UnixEpoch;
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "en");
            xml.WriteElementString("id", Atom, urls.BaseUrl.AbsoluteUri);
            Text(xml, "title", info.Title);
            Text(xml, "subtitle", info.Subtitle);
            xml.WriteElementString("updated", Atom, XmlOutput.Timestamp(updated));
            Link(xml, "self", "application/atom+xml", urls.Absolute(SiteUrls.Feed));
            Link(xml, "alternate", "text/html", urls.BaseUrl.AbsoluteUri);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlOutput.Clean(info.Author));
            xml.WriteEndElement();
            foreach (var entry in newest)
            {
                WriteEntry(xml, urls, entry);
            }

            xml.WriteEndElement();
        });
    }

    private static void WriteEntry(XmlWriter xml, SiteUrls urls, FeedEntry entry)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, XmlOutput.Clean(IdOf(urls, entry)));
        Text(xml, "title", entry.Title);
        xml.WriteElementString("updated", Atom, XmlOutput.Timestamp(entry.Updated));
        if (entry.Published is { } published)
        {
            xml.WriteElementString("published", Atom, XmlOutput.Timestamp(published));
        }

        Link(xml, "alternate", "text/html", urls.Absolute(entry.Path));
        Text(xml, "summary", entry.Summary);
        xml.WriteEndElement();
    }

    private static string IdOf(SiteUrls urls, FeedEntry entry) => entry.Id ?? urls.Absolute(entry.Path);

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlOutput.Clean(text));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
