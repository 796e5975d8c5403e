using System;
using System.Linq;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>Everything DynamoGen raises on purpose is one family with one naming pattern, and each is classified.</summary>
public sealed class ExceptionFamilyTests
{
    private static readonly Type[] s_exceptions = typeof(DynamoException).Assembly.GetExportedTypes()
        .Where(t => typeof(Exception).IsAssignableFrom(t))
        .ToArray();

    [Test]
    public void Every_public_exception_derives_from_DynamoException_and_is_named_Dynamo_something_Exception()
    {
        Assert.That(s_exceptions, Has.Length.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var type in s_exceptions)
            {
                Assert.That(type.IsSubclassOf(typeof(DynamoException)) || type == typeof(DynamoException), type.FullName);
                // AttributeFormatException is the converter-side signal inside DynamoGen.Marshalling (hidden from IntelliSense); callers see it as DynamoMappingException.
                if (type.Namespace == "DynamoGen")
                {
                    Assert.That(type.Name, Does.StartWith("Dynamo").And.EndWith("Exception"), type.FullName);
                }
            }
        });
    }

    [Test]
    public void Classify_sorts_each_family_member()
        => Assert.Multiple(() =>
        {
            Assert.That(DynamoErrors.Classify(new DynamoInvalidRequestException("x")), Is.EqualTo(DynamoErrorKind.InvalidArgument));
            Assert.That(DynamoErrors.Classify(new DynamoContinuationTokenException("x")), Is.EqualTo(DynamoErrorKind.InvalidArgument));
            Assert.That(DynamoErrors.Classify(new DynamoMappingException("T", "M", "a", "S", "N 1")), Is.EqualTo(DynamoErrorKind.Mapping));
            Assert.That(DynamoErrors.Classify(new DynamoConnectionException("x", "dax", "PutItem", new TimeoutException())), Is.EqualTo(DynamoErrorKind.Unavailable));
            Assert.That(DynamoErrors.Classify(new TimeoutException("The operation was canceled.")), Is.EqualTo(DynamoErrorKind.Unavailable));
            Assert.That(DynamoErrors.Classify(new DynamoTimeoutException("x")), Is.EqualTo(DynamoErrorKind.Unavailable));
            Assert.That(DynamoErrors.Classify(new DynamoConfigurationException("x")), Is.EqualTo(DynamoErrorKind.Configuration));
            Assert.That(DynamoErrors.Classify(new ArgumentException("x")), Is.EqualTo(DynamoErrorKind.InvalidArgument));
        });
}

/// <summary>The read-after-failure workaround is on only where the test engine needs it.</summary>
public sealed class ConditionFailureSwitchTests
{
    [Test]
    public void The_testing_package_turns_the_switch_on_exactly_for_engines_that_ignore_ReturnValuesOnConditionCheckFailure()
        => Assert.That(
            ConditionFailures.ReadItemAfterFailure,
            Is.EqualTo(!LocalDynamoSetup.Server.Supports(DynamoGen.Testing.LocalDynamoFeatures.ReturnValuesOnConditionCheckFailure)));
}
