namespace Leads.Sdk.IntegrationTests.Construction;

/// <summary>The two ways a user builds a client that must behave the same.</summary>
public enum ConstructionMode
{
    /// <summary><c>services.AddXxxClient(...)</c>, resolved from the provider.</summary>
    DependencyInjection,

    /// <summary><c>new XxxClient(options)</c>, without DI.</summary>
    OptionsOnly,
}
