namespace FleetCatalog.Output;

/// <summary>What the Atom feed says about itself.</summary>
/// <param name="Title">The feed's name in a reader ("Fleet Catalog: new and updated projects").</param>
/// <param name="Subtitle">One line of what it is.</param>
/// <param name="Author">Who publishes it (Atom requires an author).</param>
internal sealed record FeedInfo(string Title, string Subtitle, string Author);
