using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Content;

/// <summary>One learn page, or null when its file has an error, and what is wrong with it.</summary>
internal sealed record LearnPageResult(LearnPage? Page, ImmutableArray<Diagnostic> Diagnostics);
