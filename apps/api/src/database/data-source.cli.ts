// Data source for the TypeORM CLI (migration:generate / migration:run / drift check). Needs DATABASE_URL.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL must point at a PostgreSQL server for the TypeORM CLI');
export default new DataSource(dataSourceOptions(url, 2));
