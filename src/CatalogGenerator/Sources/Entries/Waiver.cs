using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Entries;

/// <summary>An entry's <c>allow:</c> item: findings with <see cref="Code"/> do not apply to this project, for <see cref="Reason"/>.</summary>
/// <param name="Span">Where the waiver is written in the entry file.</param>
internal sealed record Waiver(string Code, string Reason, SourceSpan Span);
