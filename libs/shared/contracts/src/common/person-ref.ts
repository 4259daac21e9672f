/** A user as the API names them in responses: who created, answered, commented… */
export interface PersonRef {
  userId: string;
  displayName: string;
}
