namespace FleetCatalog.Serving;

/// <summary>One server-sent event for the pages of <c>catalog serve</c>.</summary>
/// <param name="Name">The event's type: <c>reload</c> (the site was rebuilt) or <c>failed</c> (a rebuild failed; the last good site stays).</param>
/// <param name="Data">A JSON object: for <c>failed</c>, <c>{"errors":N}</c>.</param>
internal sealed record LiveReloadEvent(string Name, string Data)
{
    public const string Reload = "reload";
    public const string Failed = "failed";

    /// <summary>The event as it goes on the wire (one <c>data</c> line: the JSON never holds a line break).</summary>
    public string ToWire() => $"event: {Name}\ndata: {Data}\n\n";
}
