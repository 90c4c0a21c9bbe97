using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Leads.Sdk.IntegrationTests.Conventions;

/// <summary>
/// The rules of docs/api-guidelines.md marked "(tested)", over the public surface of every package. Each test checks
/// every type or member its rule is about, fails once with the name of every departure, and first asserts that it
/// looked at something, so a scan that finds nothing cannot pass.
/// </summary>
public sealed class ApiGuidelineTests
{
    public static TheoryData<string> AllAssemblies => PackageSurface.AllAssemblyNames;

    public static TheoryData<string> ApiAssemblies => PackageSurface.ApiAssemblyNames;

    // A request type without AdditionalFields, by full name, with the reason its package documents
    // (docs/api-guidelines.md, "Escape hatch").
    private const string LeadExecFieldsAreTheHatch =
        "LeadExec leads are dynamic fields: Lead.Fields already reaches every form key and every XML <Lead> element, and the other keys are modelled.";

    private static readonly Dictionary<string, string> DocumentedRequestExemptions = new()
    {
        ["Leads.Sdk.LeadExec.Models.LeadExecCreateLeadRequest"] = LeadExecFieldsAreTheHatch,
        ["Leads.Sdk.LeadExec.Models.LeadExecUpdateLeadRequest"] = LeadExecFieldsAreTheHatch,
        ["Leads.Sdk.LeadExec.Models.LeadExecPingLeadRequest"] = LeadExecFieldsAreTheHatch,
        ["Leads.Sdk.LeadExec.Models.LeadExecPingAndPostLeadRequest"] = LeadExecFieldsAreTheHatch,
        ["Leads.Sdk.LeadExec.Models.LeadExecCheckDuplicateLeadRequest"] = LeadExecFieldsAreTheHatch,
    };

    // A result type without AdditionalFields, with the reason: it reads no model from the body.
    private static readonly Dictionary<string, string> DocumentedResultExemptions = new()
    {
        ["Leads.Sdk.Aimbase.OData.Models.AimbaseODataCountLeadsResult"] = "The count answer is an empty page: @odata.count is all it carries.",
    };

    [Theory]
    [InlineData("Leads.Sdk.Core", "Leads")]
    [InlineData("Leads.Sdk.Aimbase", "Aimbase")]
    [InlineData("Leads.Sdk.Aimbase.OData", "AimbaseOData")]
    [InlineData("Leads.Sdk.LeadExec", "LeadExec")]
    [InlineData("Leads.Sdk.CrmApi", "Crm")]
    public void PublicTypes_AnyPackage_StartWithThePackagePrefix(string assemblyName, string prefix)
    {
        var types = PackageSurface.Public(assemblyName).Where(t => !PackageSurface.IsDependencyInjectionExtensions(t)).ToList();
        var offenders = types
            .Where(t => !NameWithoutInterfaceI(t).StartsWith(prefix, StringComparison.Ordinal))
            .Where(t => !(assemblyName == "Leads.Sdk.Aimbase.OData" && IsODataProtocolName(t)))
            .Where(t => !(assemblyName == "Leads.Sdk.Core" && t.Namespace == "Leads.Sdk.Validation"))
            .Select(PackageSurface.DisplayName)
            .ToList();

        Assert.NotEmpty(types);
        Assert.True(offenders.Count == 0, $"Public types of {assemblyName} not starting with '{prefix}': " + string.Join(", ", offenders));
    }

    // The emulator is a test double of the four APIs: its types say so (LeadsEmulator, EmulatorFault, AimbaseEmulatorOptions),
    // so a test that uses both an API package and the emulator never mixes up the real and the fake.
    [Fact]
    public void PublicTypes_Emulator_NameTheEmulator()
    {
        var types = PackageSurface.Public("Leads.Sdk.Emulator").ToList();
        var offenders = types
            .Where(t => !t.Name.Contains("Emulator", StringComparison.Ordinal) && !t.Name.StartsWith("OData", StringComparison.Ordinal))
            .Select(PackageSurface.DisplayName)
            .ToList();

        Assert.NotEmpty(types);
        Assert.True(offenders.Count == 0, "Public types of Leads.Sdk.Emulator without 'Emulator' in their name: " + string.Join(", ", offenders));
    }

    // The names are the guidelines' "Client" and "Options" rows, written out so a rename of both cannot pass unnoticed.
    [Theory]
    [InlineData("Leads.Sdk.Aimbase", "Leads.Sdk.Aimbase.AimbaseClient", "Leads.Sdk.Aimbase.AimbaseClientOptions")]
    [InlineData("Leads.Sdk.Aimbase.OData", "Leads.Sdk.Aimbase.OData.AimbaseODataClient", "Leads.Sdk.Aimbase.OData.AimbaseODataClientOptions")]
    [InlineData("Leads.Sdk.LeadExec", "Leads.Sdk.LeadExec.LeadExecClient", "Leads.Sdk.LeadExec.LeadExecClientOptions")]
    [InlineData("Leads.Sdk.CrmApi", "Leads.Sdk.CrmApi.CrmApiClient", "Leads.Sdk.CrmApi.CrmApiClientOptions")]
    public void ClientOptions_ApiPackage_NamedClientOptionsAndDeriveFromLeadsClientOptions(string assemblyName, string client, string options)
    {
        var types = PackageSurface.Public(assemblyName);
        var clientClasses = PackageSurface.Clients(assemblyName).Where(t => t.IsClass).ToList();
        var optionsTypes = types.Where(t => typeof(LeadsClientOptions).IsAssignableFrom(t) || t.Name.EndsWith("Options", StringComparison.Ordinal)).ToList();
        var offenders = new List<string>();
        if (!clientClasses.Any(t => t.FullName == client))
        {
            offenders.Add($"{client} missing (clients: {string.Join(", ", clientClasses.Select(t => t.FullName))})");
        }

        if (!optionsTypes.Any(t => t.FullName == options))
        {
            offenders.Add($"{options} missing");
        }

        foreach (var clientClass in clientClasses)
        {
            var expected = clientClass.FullName + "Options";
            if (types.FirstOrDefault(t => t.FullName == expected) is not { } clientOptions)
            {
                offenders.Add($"{clientClass.FullName} has no {expected}");
            }
            else if (!typeof(LeadsClientOptions).IsAssignableFrom(clientOptions))
            {
                offenders.Add($"{expected} does not derive from LeadsClientOptions");
            }
        }

        // Every client options type is named after a client; other options (polling) are not client options.
        foreach (var type in optionsTypes.Where(t => typeof(LeadsClientOptions).IsAssignableFrom(t) || t.Name.EndsWith("ClientOptions", StringComparison.Ordinal)))
        {
            if (!clientClasses.Any(c => c.FullName + "Options" == type.FullName))
            {
                offenders.Add($"{type.FullName} is not named after a client");
            }
        }

        Assert.NotEmpty(types);
        Assert.True(offenders.Count == 0, $"Client options of {assemblyName} departing from '{{Client}}Options : LeadsClientOptions': " + string.Join("; ", offenders));
    }

    // Credentials are spelt Username, Password, ApiToken, AccessToken: a property whose name is another spelling of
    // one of them (UserName, Pwd, Token, ...) is a departure. Names a doc gives a different credential keep it (WebApiKey).
    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void CredentialProperties_AnyPackage_UseTheGuidelinesSpelling(string assemblyName)
    {
        string[] canonical = ["Username", "Password", "ApiToken", "AccessToken"];
        string[] credentialWords = ["username", "loginname", "password", "passwd", "pwd", "token", "apitoken", "accesstoken", "authtoken", "bearertoken"];
        var properties = PackageSurface.PublicProperties(assemblyName);
        var offenders = properties
            .Where(p => (credentialWords.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && !canonical.Contains(p.Name, StringComparer.Ordinal))
                        || p.Name.Contains("UserName", StringComparison.Ordinal)
                        || p.Name.Contains("Pwd", StringComparison.OrdinalIgnoreCase))
            .Select(PackageSurface.DisplayName)
            .ToList();

        Assert.NotEmpty(properties);
        Assert.True(offenders.Count == 0, $"Credential properties of {assemblyName} not spelt Username/Password/ApiToken/AccessToken: " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void AsyncMethods_AnyPackage_EndInAsyncAndTakeCancellationTokenLast(string assemblyName)
    {
        var asyncMethods = PackageSurface.Public(assemblyName)
            .SelectMany(t => t.GetMethods(PackageSurface.DeclaredPublic))
            .Where(m => !m.IsSpecialName && PackageSurface.IsAsync(m.ReturnType) && !PackageSurface.IsFrameworkOverride(m))
            .ToList();
        var offenders = new List<string>();
        foreach (var method in asyncMethods)
        {
            if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
            {
                offenders.Add(PackageSurface.DisplayName(method) + " (name does not end in Async)");
            }

            if (method.GetParameters() is var p && (p.Length == 0 || p[^1].ParameterType != typeof(CancellationToken)))
            {
                offenders.Add(PackageSurface.DisplayName(method) + " (no trailing CancellationToken)");
            }
        }

        // Every package has public async methods; none found means the scan looked at nothing.
        Assert.NotEmpty(asyncMethods);
        Assert.True(offenders.Count == 0, $"Async methods of {assemblyName} departing from 'VerbNounAsync(..., CancellationToken)': " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void PublicTypes_AnyPackage_NoneNamedResponseOrDto(string assemblyName)
    {
        var types = PackageSurface.Public(assemblyName);
        var offenders = types
            .Where(t => t != typeof(LeadsResponse))
            .Where(t => PackageSurface.SimpleName(t).EndsWith("Response", StringComparison.OrdinalIgnoreCase)
                        || PackageSurface.SimpleName(t).EndsWith("Dto", StringComparison.OrdinalIgnoreCase))
            .Select(PackageSurface.DisplayName)
            .ToList();

        Assert.NotEmpty(types);
        Assert.True(offenders.Count == 0, $"Public types of {assemblyName} named ...Response or ...Dto: " + string.Join(", ", offenders));
    }

    // A settable switch of an options type is named after what it turns on (AllowInsecureHttp, EnableCircuitBreaker,
    // Enabled); every other boolean reports a state and reads as a question. RequestMayHaveReachedServer is the
    // guidelines' own name (a question with "may": may the request have reached the server?).
    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void BooleanProperties_AnyPackage_ReadAsAQuestion(string assemblyName)
    {
        string[] questionPrefixes = ["Is", "Has", "Can", "Should"];
        var booleans = PackageSurface.PublicProperties(assemblyName)
            .Where(p => p.PropertyType == typeof(bool) || p.PropertyType == typeof(bool?))
            .ToList();
        var offenders = booleans
            .Where(p => !(p.DeclaringType!.Name.EndsWith("Options", StringComparison.Ordinal) && p.SetMethod is { IsPublic: true }))
            .Where(p => p.Name != "RequestMayHaveReachedServer")
            .Where(p => !questionPrefixes.Any(prefix => p.Name.Length > prefix.Length && p.Name.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(p.Name[prefix.Length])))
            .Select(PackageSurface.DisplayName)
            .ToList();

        Assert.NotEmpty(booleans);
        Assert.True(offenders.Count == 0, $"Boolean properties of {assemblyName} not reading as a question (Is/Has/Can/Should): " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void DurationProperties_AnyPackage_AreTimeSpan(string assemblyName)
    {
        Type[] numbers = [typeof(int), typeof(long), typeof(short), typeof(double), typeof(float), typeof(decimal)];
        string[] durationSuffixes = ["Seconds", "Minutes", "Hours", "Delay", "Timeout"];
        var properties = PackageSurface.PublicProperties(assemblyName);
        var offenders = properties
            .Where(p => numbers.Contains(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(p => durationSuffixes.Any(s => p.Name.EndsWith(s, StringComparison.Ordinal)))
            .Select(p => $"{PackageSurface.DisplayName(p)} ({p.PropertyType.Name})")
            .ToList();

        Assert.NotEmpty(properties);
        Assert.True(offenders.Count == 0, $"Durations of {assemblyName} that are numbers instead of TimeSpan: " + string.Join(", ", offenders));
    }

    // What a call returns: every ...Result type, every ...Page, and whatever a client operation returns when awaited.
    [Theory]
    [MemberData(nameof(ApiAssemblies))]
    public void Results_ApiPackage_HaveRawResponse(string assemblyName)
    {
        var offenders = new List<string>();
        var results = ResultTypes(assemblyName, offenders, includePages: true);
        offenders.AddRange(results
            .Where(t => t.GetProperty("RawResponse", BindingFlags.Public | BindingFlags.Instance)?.PropertyType != typeof(LeadsResponse))
            .Select(PackageSurface.DisplayName));

        Assert.NotEmpty(results);
        Assert.True(offenders.Count == 0, $"Results of {assemblyName} without 'LeadsResponse? RawResponse': " + string.Join(", ", offenders.Distinct()));
    }

    [Theory]
    [MemberData(nameof(ApiAssemblies))]
    public void Results_ApiPackage_KeepUnknownFieldsInAdditionalFields(string assemblyName)
    {
        var results = ResultTypes(assemblyName, offenders: [], includePages: false);
        var offenders = results
            .Where(t => !DocumentedResultExemptions.ContainsKey(t.FullName!))
            .Where(t => t.GetProperty("AdditionalFields", BindingFlags.Public | BindingFlags.Instance)?.PropertyType != typeof(IReadOnlyDictionary<string, JsonElement>))
            .Select(PackageSurface.DisplayName)
            .ToList();

        Assert.NotEmpty(results);
        Assert.True(offenders.Count == 0, $"Results of {assemblyName} without 'IReadOnlyDictionary<string, JsonElement> AdditionalFields': " + string.Join(", ", offenders));
    }

    // What a call sends: every ...Request type and every model of the package a client operation takes (AimbaseLead
    // in CreateLeadsAsync, the OData patch), but not the OData query (the URL, not a body) nor settings (...Options).
    [Theory]
    [MemberData(nameof(ApiAssemblies))]
    public void Requests_ApiPackage_CarryAdditionalFields(string assemblyName)
    {
        var requests = RequestTypes(assemblyName);
        var nullability = new NullabilityInfoContext();
        var offenders = new List<string>();
        foreach (var request in requests.Where(t => !DocumentedRequestExemptions.ContainsKey(t.FullName!)))
        {
            var property = request.GetProperty("AdditionalFields", BindingFlags.Public | BindingFlags.Instance);
            if (property?.PropertyType != typeof(IDictionary<string, JsonNode>))
            {
                offenders.Add(PackageSurface.DisplayName(request));
            }
            else if (nullability.Create(property).GenericTypeArguments[1].ReadState != NullabilityState.Nullable)
            {
                offenders.Add(PackageSurface.DisplayName(request) + " (values must be JsonNode?)");
            }
        }

        Assert.NotEmpty(requests);
        Assert.True(offenders.Count == 0, $"Requests of {assemblyName} without 'IDictionary<string, JsonNode?> AdditionalFields': " + string.Join(", ", offenders));
    }

    private static List<Type> ResultTypes(string assemblyName, List<string> offenders, bool includePages)
    {
        var types = PackageSurface.Public(assemblyName)
            .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed))
            .Where(t => PackageSurface.SimpleName(t).EndsWith("Result", StringComparison.Ordinal)
                        || (includePages && PackageSurface.SimpleName(t).EndsWith("Page", StringComparison.Ordinal)))
            .ToHashSet();
        foreach (var operation in PackageSurface.ClientOperations(assemblyName))
        {
            var returned = operation.ReturnType;
            if (returned == typeof(Task) || returned == typeof(ValueTask))
            {
                // A call with no typed result returns LeadsResponse.
                offenders.Add(PackageSurface.DisplayName(operation) + " (returns no LeadsResponse)");
            }
            else if (returned.IsGenericType && returned.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>)))
            {
                var awaited = returned.GetGenericArguments()[0];
                if (awaited != typeof(LeadsResponse))
                {
                    types.Add(awaited.IsGenericType ? awaited.GetGenericTypeDefinition() : awaited);
                }
            }
        }

        return [.. types];
    }

    private static List<Type> RequestTypes(string assemblyName)
    {
        var assembly = PackageSurface.Public(assemblyName)[0].Assembly;
        var types = PackageSurface.Public(assemblyName)
            .Where(t => t.IsClass && PackageSurface.SimpleName(t).EndsWith("Request", StringComparison.Ordinal))
            .ToHashSet();
        foreach (var parameter in PackageSurface.ClientOperations(assemblyName).SelectMany(m => m.GetParameters()))
        {
            var type = ElementType(parameter.ParameterType);
            if (type.IsClass && type.Assembly == assembly && !IsODataProtocolName(type) && !type.Name.EndsWith("Options", StringComparison.Ordinal))
            {
                types.Add(type.IsGenericType ? type.GetGenericTypeDefinition() : type);
            }
        }

        return [.. types];
    }

    // IEnumerable<AimbaseLead> (or a list, or an array) sends AimbaseLeads.
    private static Type ElementType(Type type)
        => type.IsArray ? type.GetElementType()!
           : type.IsGenericType && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } sequence
               ? sequence.GetGenericArguments()[0]
               : type;

    private static string NameWithoutInterfaceI(Type type)
        => type.IsInterface && type.Name.Length > 1 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]) ? type.Name[1..] : type.Name;

    // The OData protocol types (ODataQuery, ODataFilter, ODataPage, ...) keep the protocol's name in the OData package.
    private static bool IsODataProtocolName(Type type) => type.Name.StartsWith("OData", StringComparison.Ordinal);
}
