using System.Reflection;

namespace Leads.Sdk.IntegrationTests.Conventions;

/// <summary>The public surface of the six shipped assemblies, for the convention tests.</summary>
internal static class PackageSurface
{
    public const BindingFlags DeclaredPublic = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static readonly Assembly[] Assemblies =
    [
        typeof(LeadsClientOptions).Assembly,
        typeof(Leads.Sdk.Emulator.LeadsEmulator).Assembly,
        .. ApiPackageNames.Select(Assembly.Load),
    ];

    /// <summary>The four API packages (one client each), as opposed to Core and the emulator.</summary>
    public static string[] ApiPackageNames => ["Leads.Sdk.Aimbase", "Leads.Sdk.Aimbase.OData", "Leads.Sdk.LeadExec", "Leads.Sdk.CrmApi"];

    public static TheoryData<string> AllAssemblyNames => new(Assemblies.Select(a => a.GetName().Name!));

    public static TheoryData<string> ApiAssemblyNames => new(ApiPackageNames);

    public static Type[] Public(string assemblyName)
        => Assemblies.Single(a => a.GetName().Name == assemblyName).GetExportedTypes();

    /// <summary>
    /// Public properties declared by the assembly's public types (inherited ones are checked where declared), without
    /// overrides of framework members, whose names the framework fixes (JsonConverter.HandleNull).
    /// </summary>
    public static List<PropertyInfo> PublicProperties(string assemblyName)
        => [.. Public(assemblyName)
            .SelectMany(t => t.GetProperties(DeclaredPublic))
            .Where(p => p.GetMethod is { IsPublic: true } || p.SetMethod is { IsPublic: true })
            .Where(p => (p.GetMethod ?? p.SetMethod)!.GetBaseDefinition().DeclaringType!.Assembly == p.DeclaringType!.Assembly)];

    /// <summary>A type's name as a reader sees it: without the generic arity (<c>`1</c>).</summary>
    public static string SimpleName(Type type)
        => type.Name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? type.Name[..tick] : type.Name;

    /// <summary>"Namespace.Type" (nested types as "Outer.Inner"), without generic arity, for failure messages.</summary>
    public static string DisplayName(Type type)
        => type.DeclaringType is { } outer ? DisplayName(outer) + "." + SimpleName(type) : $"{type.Namespace}.{SimpleName(type)}";

    public static string DisplayName(MemberInfo member) => DisplayName(member.DeclaringType!) + "." + member.Name;

    public static bool IsAsync(Type type)
        => type == typeof(Task) || type == typeof(ValueTask)
           || (type.IsGenericType && type.GetGenericTypeDefinition() is var d
               && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>)));

    // DelegatingHandler.SendAsync and IAsyncDisposable.DisposeAsync have framework-fixed signatures; AsPages follows
    // Azure's AsyncPageable: its pages honour the token of the call that created the pageable and WithCancellation.
    public static bool IsFrameworkOverride(MethodInfo method)
        => method.Name is "DisposeAsync" or "AsPages" || (method.GetBaseDefinition().DeclaringType is { } declaring && declaring.Assembly != method.DeclaringType!.Assembly);

    /// <summary>The DI extension class of a package: static, in Microsoft.Extensions.DependencyInjection (docs/api-guidelines.md, DI row).</summary>
    public static bool IsDependencyInjectionExtensions(Type type)
        => type is { IsAbstract: true, IsSealed: true } && type.Namespace == "Microsoft.Extensions.DependencyInjection";

    /// <summary>
    /// The client types of an API package: the classes and interfaces named <c>...Client</c> (<c>AimbaseClient</c>,
    /// <c>IAimbaseClient</c>).
    /// </summary>
    public static List<Type> Clients(string assemblyName)
        => [.. Public(assemblyName).Where(t => (t.IsClass || t.IsInterface) && t.Name.EndsWith("Client", StringComparison.Ordinal))];

    /// <summary>The public methods of the clients that call the API: what they return is a result, what they take is a request.</summary>
    public static List<MethodInfo> ClientOperations(string assemblyName)
        => [.. Clients(assemblyName)
            .SelectMany(t => t.GetMethods(DeclaredPublic))
            .Where(m => !m.IsSpecialName && !m.IsStatic && !IsFrameworkOverride(m) && m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))];
}
