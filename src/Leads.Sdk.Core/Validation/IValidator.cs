namespace Leads.Sdk.Validation;

/// <summary>Validates one kind of object, adding every error it finds to a collector.</summary>
/// <typeparam name="T">The type validated.</typeparam>
internal interface IValidator<in T>
{
    /// <summary>Validates <paramref name="instance"/>, adding errors under <paramref name="path"/>.</summary>
    /// <param name="instance">The object to check.</param>
    /// <param name="path">The path of the object in the input.</param>
    /// <param name="errors">Where errors go.</param>
    void Validate(T instance, ValidationPath path, ValidationErrorCollector errors);
}
