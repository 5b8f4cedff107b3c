namespace FleetCatalog.Yaml;

internal enum ScalarKind
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
}
