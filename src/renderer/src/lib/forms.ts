// Forms are @mantine/form forms validated by the contract's own zod schemas (one rule, one place).
// Errors are message codes, from zod or from the core (CallError.fields), shown next to their
// field in the reader's language (errors.<code>).
import type { FormEvent } from 'react'
import { schemaResolver, useForm, type FormErrors, type UseFormReturnType } from '@mantine/form'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ZodType } from 'zod'
import type { CallError } from '../../../shared/contract'
import i18n from '../i18n'
import { errorText } from './errors'
import { notifyFailed } from './notify'
import { revealFirstError } from './revealError'

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === ''

function valueAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      values
    )
}

/**
 * The contract schema as a form validator. Our schemas' messages are codes; a message that is
 * not one (zod's own, e.g. a missing choice) reads as "required" when the field is empty.
 */
export function contractValidator<V>(schema: ZodType): (values: V) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true })
  return (values) => {
    const errors: FormErrors = {}
    for (const [path, message] of Object.entries(resolve(values))) {
      const code = String(message)
      errors[path] = i18n.exists(`errors.${code}`)
        ? code
        : isEmpty(valueAt(values, path))
          ? 'required'
          : 'validation'
    }
    return errors
  }
}

/** A form over a contract schema whose inputs show their error codes translated. */
export function useContractForm<V extends Record<string, unknown>>(
  schema: ZodType,
  initialValues: V
): UseFormReturnType<V> {
  const { t } = useTranslation()
  return useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: contractValidator<V>(schema),
    enhanceGetInputProps: ({ inputProps }) => ({
      error: inputProps.error ? errorText(t, String(inputProps.error)) : undefined
    })
  })
}

/** A refused save: the core's field errors go next to their fields, anything else to a toast. */
export function showCallError<V>(form: UseFormReturnType<V>, t: TFunction, error: CallError): void {
  if (error.fields) form.setErrors(error.fields)
  notifyFailed(t, error)
}

/**
 * Saving in one round: the contract's check and the checks only the core can make (a duplicate
 * reference) run together, every error shows at once, and only a form with none is saved.
 * Errors the contract finds win over the core's for the same field.
 */
export function submitInOneRound<V>(
  form: UseFormReturnType<V>,
  checks: { validate: (values: V) => FormErrors; core: (values: V) => Promise<FormErrors> },
  save: (values: V, element: HTMLFormElement | null) => Promise<void>
): (event?: FormEvent<HTMLFormElement>) => Promise<void> {
  return async (event) => {
    event?.preventDefault()
    // read before the first await: React clears currentTarget once the handler returns
    const element = event?.currentTarget ?? null
    const values = form.getValues()
    form.setSubmitting(true)
    try {
      const errors = { ...(await checks.core(values)), ...checks.validate(values) }
      form.setErrors(errors)
      if (Object.keys(errors).length > 0) {
        revealFirstError(element)
        return
      }
      await save(values, element)
    } finally {
      form.setSubmitting(false)
    }
  }
}
