// A claims database problem: one line that names the place and the field. Exit code 2.
export class ClaimsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ClaimsError'
  }
}
