using Xunit;

namespace SamDeploy.Conformance;

/// <summary>The conformance tests share one <see cref="ConformanceRun"/>, which reports once they have all run.</summary>
[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceRun>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Conformance";
}
